package org.triagedesk.kernel.validation;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotAfterAsOf} against the validation's clock and names the as-of day in the message. */
public class NotAfterAsOfValidator implements ConstraintValidator<NotAfterAsOf, LocalDate> {

    private String message;

    @Override
    public void initialize(NotAfterAsOf constraint) {
        message = constraint.message();
    }

    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
        if (day == null) {
            return true;
        }
        LocalDate asOf = LocalDate.now(context.getClockProvider().getClock());
        if (!day.isAfter(asOf)) {
            return true;
        }
        // the day is ISO text (digits and dashes): nothing in it a message template would read as a parameter
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message + " (" + asOf + ")").addConstraintViolation();
        return false;
    }
}
