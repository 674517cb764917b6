/**
 * The work behind the case boundaries, without state or transactions of its own: redaction, the fact parsers that
 * read evidence, bundle reading, filling a profile from the facts, the case search and the triage answer as JSON.
 * Used by {@code cases.boundary} (and the API's JSON writers); never by pages.
 */
package org.triagedesk.cases.control;
