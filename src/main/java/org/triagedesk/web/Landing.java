package org.triagedesk.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a person lands after signing in: the page they asked for, if it is a page of this
 * application, otherwise the first page their role works on. An address pointing elsewhere
 * ({@code //evil.example}, {@code https://…}) is never followed.
 */
final class Landing {

    private Landing() {
    }

    static String after(String next, HttpServletRequest request) {
        if (isLocalPage(next)) {
            return next;
        }
        if (request.isUserInRole("ENGINEER")) {
            return "/desk/inbox.xhtml";
        }
        if (request.isUserInRole("KB_MAINTAINER")) {
            return "/maintain/known-issues.xhtml";
        }
        return "/";
    }

    static boolean isLocalPage(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("://") && next.chars().noneMatch(Character::isISOControl);
    }
}
