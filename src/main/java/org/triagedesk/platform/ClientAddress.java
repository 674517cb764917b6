package org.triagedesk.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for rate limits and sign-in back-off: the TCP peer, or, only when the
 * operator says the app runs behind a proxy it trusts ({@code TRIAGE_TRUST_FORWARDED_FOR=true}), the
 * first address of {@code X-Forwarded-For}. Trusting the header without a proxy would let every
 * client name itself anew on each request.
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        if (TriageSettings.flag("triage.trust-forwarded-for", "TRIAGE_TRUST_FORWARDED_FOR")) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",", 2)[0].strip();
                if (!first.isEmpty()) {
                    return first.length() > MAX_LENGTH ? first.substring(0, MAX_LENGTH) : first;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
