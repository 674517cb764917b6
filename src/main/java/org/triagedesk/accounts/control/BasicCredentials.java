package org.triagedesk.accounts.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** The user name and password an {@code Authorization: Basic …} header carries (RFC 7617), if it is one. */
public final class BasicCredentials {

    private BasicCredentials() {
    }

    public static boolean isBasic(String header) {
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** The credential of a Basic header; empty when the token is not Base64 or names no user before its colon. */
    public static Optional<UsernamePasswordCredential> decode(String header) {
        if (!isBasic(header)) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(text.substring(0, colon), text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
