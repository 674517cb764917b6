package org.triagedesk.kernel.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The one way the API and the pages check a request against its constraints: every problem at once, each named by
 * its field path and worded in the reader's language, the as-of day given as the validation's clock (what
 * {@link NotAfterAsOf} compares with). A {@link SizedText} request is also held to {@link BodyLimit}. Problems come
 * sorted by field path, so an answer reads the same each time.
 */
public final class Constraints {

    private static final Comparator<FieldProblem> ORDER = Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message);

    private static volatile ValidatorFactory factory;

    private Constraints() {
    }

    /** Every constraint {@code bean} breaks, with nested {@code @Valid} values, judged for {@code asOf}. */
    public static List<FieldProblem> check(Object bean, LocalDate asOf, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>(problems(validator(asOf, locale).validate(bean)));
        if (bean instanceof SizedText sized && sized.textBytes() > BodyLimit.bytes()) {
            problems.add(new FieldProblem(sized.sizedField(), BodyLimit.message(locale)));
            problems.sort(ORDER);
        }
        return problems;
    }

    /** Every constraint {@code bean} breaks, judged for today (UTC): for beans with no day to compare with. */
    public static List<FieldProblem> check(Object bean, Locale locale) {
        return check(bean, LocalDate.now(ZoneOffset.UTC), locale);
    }

    /** The constraints one property of {@code type} would break with {@code value} (what a page checks per field). */
    public static List<FieldProblem> checkValue(Class<?> type, String property, Object value, LocalDate asOf, Locale locale) {
        return problems(validator(asOf, locale).validateValue(type, property, value));
    }

    private static <T> List<FieldProblem> problems(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).sorted(ORDER).toList();
    }

    private static Validator validator(LocalDate asOf, Locale locale) {
        ValidatorFactory f = factory();
        Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return f.usingContext().clockProvider(() -> clock)
                .messageInterpolator(new InLocale(f.getMessageInterpolator(), locale)).getValidator();
    }

    private static ValidatorFactory factory() {
        ValidatorFactory f = factory;
        if (f == null) {
            synchronized (Constraints.class) {
                if (factory == null) {
                    factory = Validation.buildDefaultValidatorFactory();
                }
                f = factory;
            }
        }
        return f;
    }

    /** Words every message in one language, whatever the server's default locale. */
    private record InLocale(MessageInterpolator interpolator, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return interpolator.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return interpolator.interpolate(template, context, locale);
        }
    }
}
