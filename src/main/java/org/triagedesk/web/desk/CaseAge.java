package org.triagedesk.web.desk;

import java.time.Duration;
import java.time.Instant;

/** How long ago a case was filed, in the largest whole unit: "3 d", "5 h", "12 min" (and in Japanese). */
final class CaseAge {

    private CaseAge() {
    }

    /** The bundle key ({@code age.days}, {@code age.hours}, {@code age.minutes}) and the number to put in it. */
    record Age(String key, long amount) {
    }

    static Age between(Instant filed, Instant now) {
        Duration age = Duration.between(filed, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        if (age.toDays() >= 1) {
            return new Age("age.days", age.toDays());
        }
        if (age.toHours() >= 1) {
            return new Age("age.hours", age.toHours());
        }
        return new Age("age.minutes", age.toMinutes());
    }
}
