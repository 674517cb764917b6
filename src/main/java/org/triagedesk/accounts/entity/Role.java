package org.triagedesk.accounts.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. ENGINEER triages and keeps cases; KB_MAINTAINER keeps the knowledge base and
 * the catalogs; ADMIN manages users and holds both other roles.
 */
public enum Role {
    ENGINEER, KB_MAINTAINER, ADMIN;

    public static final String ENGINEER_NAME = "ENGINEER";
    public static final String KB_MAINTAINER_NAME = "KB_MAINTAINER";
    public static final String ADMIN_NAME = "ADMIN";

    /** The roles a holder of this role effectively has. */
    public Set<Role> implied() {
        return this == ADMIN ? EnumSet.allOf(Role.class) : EnumSet.of(this);
    }
}
