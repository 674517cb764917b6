package org.triagedesk.accounts.boundary;

import java.time.Clock;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.triagedesk.accounts.control.LoginThrottle;
import org.triagedesk.platform.Cluster;

/**
 * The back-off on failed sign-ins, for Basic and the login page alike: per user and client address, one for all
 * nodes when clustered (trying each node in turn gains nothing). Waits are whole seconds, at least one.
 */
@ApplicationScoped
public class SignInAttempts {

    @Inject
    Cluster cluster;

    @Inject
    Clock clock;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(cluster.entries("triage-sign-in-failures", (int) LoginThrottle.FORGET_AFTER.toSeconds(),
                LoginThrottle.MAX_ENTRIES));
    }

    /** The seconds {@code user} must wait from {@code client} before the next try counts; empty when it may try now. */
    public OptionalLong waitFor(String user, String client) {
        return throttle.waitFor(user, client, clock.instant())
                .map(wait -> OptionalLong.of(Math.max(1, (wait.toMillis() + 999) / 1000))).orElse(OptionalLong.empty());
    }

    public void failed(String user, String client) {
        throttle.failed(user, client, clock.instant());
    }

    public void succeeded(String user, String client) {
        throttle.succeeded(user, client);
    }
}
