package org.triagedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aBurstPassesThenTheClientWaitsForTheNextToken() {
        RateLimiter limiter = new RateLimiter(60, 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("198.51.100.1").isEmpty(), "call " + i + " is within the burst");
        }
        OptionalLong wait = limiter.acquire("198.51.100.1");
        assertEquals(OptionalLong.of(1), wait, "60 a minute: the next token comes in a second");
        assertTrue(limiter.acquire("198.51.100.2").isEmpty(), "another client has its own bucket");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_000));
        assertTrue(limiter.acquire("198.51.100.1").isEmpty(), "a second later one token is back");
        assertFalse(limiter.acquire("198.51.100.1").isEmpty(), "and only one");
    }

    @Test
    void retryAfterGrowsWithTheSlownessOfTheRefill() {
        RateLimiter limiter = new RateLimiter(6, 1, now::get);
        assertTrue(limiter.acquire("c").isEmpty());
        assertEquals(OptionalLong.of(10), limiter.acquire("c"), "6 a minute: ten seconds a token");
        now.addAndGet(TimeUnit.SECONDS.toNanos(4));
        assertEquals(OptionalLong.of(6), limiter.acquire("c"), "four of the ten seconds have passed");
    }

    @Test
    void theBucketNeverHoldsMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(600, 2, now::get);
        now.addAndGet(TimeUnit.HOURS.toNanos(5));
        assertTrue(limiter.acquire("c").isEmpty());
        assertTrue(limiter.acquire("c").isEmpty());
        assertFalse(limiter.acquire("c").isEmpty(), "an idle hour does not save up more than the burst");
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0, 1, now::get);
        assertFalse(limiter.enabled());
        for (int i = 0; i < 1_000; i++) {
            assertTrue(limiter.acquire("c").isEmpty());
        }
        assertEquals(0, limiter.clients(), "nothing is remembered when off");
    }
}
