package org.triagedesk.eligibility.entity;

import java.util.Arrays;
import java.util.List;

/**
 * One policy rule that fired for a case. Language-neutral: {@code arguments} fill the rule's message
 * and remediation in the reader's language, {@code variant} picks a wording where a rule has more than
 * one case (an unknown platform or one past its end), and {@code subject} names the item a per-item
 * rule is about (a feature gate, a preview feature).
 */
public record Finding(PolicyRule rule, Verdict outcome, String subject, String variant, List<String> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public static Finding of(PolicyRule rule, Object... arguments) {
        return new Finding(rule, rule.outcome(), null, null, strings(arguments));
    }

    public static Finding about(PolicyRule rule, String subject, Object... arguments) {
        return new Finding(rule, rule.outcome(), subject, null, strings(arguments));
    }

    public Finding withOutcome(Verdict other) {
        return new Finding(rule, other, subject, variant, arguments);
    }

    public Finding withVariant(String name) {
        return new Finding(rule, outcome, subject, name, arguments);
    }

    private static List<String> strings(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
