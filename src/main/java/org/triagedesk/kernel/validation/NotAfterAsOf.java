package org.triagedesk.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A day in the past of what is checked (the cluster's last sync with Azure, the day it stopped, the day its
 * subscription changed state) cannot lie after the day the check is made for. The as-of day is the validation's
 * clock ({@link Constraints} sets it to the request's {@code asOf}, today when none is given). Not known: valid.
 */
@Documented
@Constraint(validatedBy = NotAfterAsOfValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NotAfterAsOf {

    String message() default "{org.triagedesk.validation.NotAfterAsOf.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
