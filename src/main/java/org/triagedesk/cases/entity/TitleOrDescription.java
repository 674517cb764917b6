package org.triagedesk.cases.entity;

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
 * A case says what the problem is: a title or a description (evidence alone does not). A violation names both
 * fields, {@code title} and {@code description}, so that either may be filled in.
 */
@Documented
@Constraint(validatedBy = TitleOrDescription.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface TitleOrDescription {

    String message() default "{org.triagedesk.validation.TitleOrDescription.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the constraint. */
    class Check implements ConstraintValidator<TitleOrDescription, TriageRequest> {
        @Override
        public boolean isValid(TriageRequest request, ConstraintValidatorContext context) {
            return request == null || !blank(request.title()) || !blank(request.description())
                    || PropertyViolations.on(context, "title", "description");
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
