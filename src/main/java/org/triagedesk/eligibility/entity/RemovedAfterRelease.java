package org.triagedesk.eligibility.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.triagedesk.kernel.validation.PropertyViolations;

/**
 * The one rule on a minor's two days ({@link VersionLifecycle}), checked by the entity, the API and the catalog page
 * alike: a minor is removed after it is released. Nothing to check while either day is not known. A violation names
 * {@code removalDate}.
 */
@Documented
@Constraint(validatedBy = RemovedAfterRelease.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface RemovedAfterRelease {

    String message() default "{org.triagedesk.validation.RemovedAfterRelease.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the constraint. */
    class Check implements ConstraintValidator<RemovedAfterRelease, VersionLifecycle> {
        @Override
        public boolean isValid(VersionLifecycle days, ConstraintValidatorContext context) {
            return days == null || days.releaseDate() == null || days.removalDate() == null
                    || days.removalDate().isAfter(days.releaseDate()) || PropertyViolations.on(context, "removalDate");
        }
    }
}
