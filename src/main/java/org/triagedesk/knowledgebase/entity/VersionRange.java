package org.triagedesk.knowledgebase.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.triagedesk.kernel.KubernetesRelease;

/**
 * The Kubernetes versions a known issue hits, written as comma-separated alternatives: a whole minor
 * ({@code 1.28}), one patch ({@code 1.28.3}), an inclusive span ({@code 1.27.0 - 1.28.4}) or
 * comparators ({@code >=1.26.0 <1.28.5}).
 */
public final class VersionRange {

    private final List<Predicate<KubernetesRelease>> alternatives;
    private final String text;

    private VersionRange(List<Predicate<KubernetesRelease>> alternatives, String text) {
        this.alternatives = alternatives;
        this.text = text;
    }

    /**
     * A range that does not parse: which part and why, as a problem name ({@code Empty},
     * {@code Comparator}, {@code Version}) with its arguments for texts in either language; the
     * message says it in English.
     */
    public static final class InvalidRangeException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String problem;
        private final List<String> arguments;

        InvalidRangeException(String message, String problem, String... arguments) {
            super(message);
            this.problem = problem;
            this.arguments = List.of(arguments);
        }

        public String problem() {
            return problem;
        }

        public List<String> arguments() {
            return arguments;
        }
    }

    /** @throws InvalidRangeException naming the part that does not parse */
    public static VersionRange parse(String text) {
        List<Predicate<KubernetesRelease>> alternatives = new ArrayList<>();
        for (String part : text.split(",")) {
            alternatives.add(alternative(part.strip()));
        }
        return new VersionRange(List.copyOf(alternatives), text.strip());
    }

    public boolean contains(KubernetesRelease version) {
        return alternatives.stream().anyMatch(p -> p.test(version));
    }

    @Override
    public String toString() {
        return text;
    }

    private static Predicate<KubernetesRelease> alternative(String part) {
        if (part.isEmpty()) {
            throw new InvalidRangeException("empty version range", "Empty");
        }
        if (part.contains(" - ")) {
            String[] ends = part.split(" - ");
            KubernetesRelease from = version(ends[0]);
            KubernetesRelease to = version(ends[1]);
            return v -> v.compareTo(from) >= 0 && v.compareTo(to) <= 0;
        }
        if (part.startsWith(">") || part.startsWith("<") || part.startsWith("=")) {
            Predicate<KubernetesRelease> all = v -> true;
            for (String comparator : part.split("\\s+")) {
                all = all.and(comparator(comparator));
            }
            return all;
        }
        KubernetesRelease exact = version(part);
        boolean wholeMinor = part.replaceFirst("^[vV]", "").split("\\.").length == 2;
        return wholeMinor ? exact::sameMinor : v -> v.compareTo(exact) == 0;
    }

    private static Predicate<KubernetesRelease> comparator(String text) {
        String op = text.replaceAll("[^<>=].*$", "");
        KubernetesRelease v = version(text.substring(op.length()));
        return switch (op) {
            case ">=" -> x -> x.compareTo(v) >= 0;
            case ">" -> x -> x.compareTo(v) > 0;
            case "<=" -> x -> x.compareTo(v) <= 0;
            case "<" -> x -> x.compareTo(v) < 0;
            case "=" -> x -> x.compareTo(v) == 0;
            default -> throw new InvalidRangeException("unknown comparator '" + op + "' in '" + text + "'", "Comparator", op, text);
        };
    }

    private static KubernetesRelease version(String text) {
        return KubernetesRelease.parse(text.strip())
                .orElseThrow(() -> new InvalidRangeException("'" + text.strip() + "' is not a Kubernetes version", "Version", text.strip()));
    }
}
