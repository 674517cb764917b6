package org.triagedesk.eligibility.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A Kubernetes version as a customer reports it: {@code 1.28}, {@code 1.28.5} or {@code v1.28.5-kvapkg.1} (what
 * {@link KubernetesMinor#parse} reads). Not known (empty): valid.
 */
@Documented
@Constraint(validatedBy = KubernetesVersionText.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface KubernetesVersionText {

    String message() default "{org.triagedesk.validation.KubernetesVersionText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the constraint. */
    class Check implements ConstraintValidator<KubernetesVersionText, String> {
        @Override
        public boolean isValid(String version, ConstraintValidatorContext context) {
            return version == null || version.isBlank() || KubernetesMinor.isValid(version);
        }
    }
}
