/**
 * The technical ground under every context: settings, the clock, languages, JSON, database migration and search
 * indexes, security headers, client addresses and rate limits, start-up. Knows no context.
 */
package org.triagedesk.platform;
