/**
 * Accounts: who may sign in and with which roles. Owns the user accounts and their roles ({@code ENGINEER},
 * {@code KB_MAINTAINER}, {@code ADMIN}), the PBKDF2 password hashes, the identity store of Jakarta Security, the
 * sign-in itself ({@code TriageAuthentication}: HTTP Basic for the API, the form and the session for the pages),
 * the back-off after failed sign-ins, and the first administrator made at start-up.
 * <p>
 * May use: the {@code platform} only (client addresses, entries and locks shared across nodes, the error body).
 * Used by {@code api} and {@code web} through {@code accounts.boundary} only; the other contexts get the signed-in
 * user's name as a plain string from them.
 */
package org.triagedesk.accounts;
