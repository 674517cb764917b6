package org.triagedesk.kernel.validation;

import jakarta.validation.ConstraintValidatorContext;

/** For a class-level constraint that names fields: its message, once per field named, instead of on the class. */
public final class PropertyViolations {

    private PropertyViolations() {
    }

    /** Reports the constraint's own message on each of {@code fields}; returns {@code false} (invalid) for the caller. */
    public static boolean on(ConstraintValidatorContext context, String... fields) {
        context.disableDefaultConstraintViolation();
        for (String field : fields) {
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()).addPropertyNode(field)
                    .addConstraintViolation();
        }
        return false;
    }
}
