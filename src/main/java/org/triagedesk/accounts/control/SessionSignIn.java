package org.triagedesk.accounts.control;

import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A person's sign-in as kept in their HTTP session: who they are and the roles they had when the
 * account was last looked at. It is looked at again after half a minute, so disabling an account or
 * taking a role away reaches signed-in sessions quickly without a database read per request.
 */
public record SessionSignIn(String username, Set<String> roles, long checkedAtNanos) implements Serializable {

    public static final String ATTRIBUTE = "org.triagedesk.signIn";
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(30);

    public SessionSignIn {
        roles = Set.copyOf(roles);
    }

    public boolean isFresh(long nowNanos) {
        return nowNanos - checkedAtNanos < FRESH_NANOS;
    }
}
