package org.triagedesk.knowledgebase.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * One version of a {@link Component} as a list of numbers ({@code 1.28.5} is 1, 28, 5; {@code 23H2}
 * is 23, 2). Versions compare number by number, a missing number counting as 0, so {@code 1.28}
 * sorts with {@code 1.28.0}. {@code text} is how it was written, without a leading {@code v}.
 */
public record ComponentVersion(Component component, List<Integer> parts, String text) implements Comparable<ComponentVersion> {

    public ComponentVersion {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one number");
        }
    }

    @Override
    public int compareTo(ComponentVersion o) {
        int n = Math.max(parts.size(), o.parts.size());
        for (int i = 0; i < n; i++) {
            int a = i < parts.size() ? parts.get(i) : 0;
            int b = i < o.parts.size() ? o.parts.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    /** The first version after every version that starts with this one: 1.28 gives 1.29, 1.28.5 gives 1.28.6. */
    public ComponentVersion next() {
        List<Integer> p = new ArrayList<>(parts);
        p.set(p.size() - 1, p.get(p.size() - 1) + 1);
        return new ComponentVersion(component, p, text + "+");
    }

    /** The version with exactly {@code size} numbers: cut, or filled with zeros. */
    public ComponentVersion padded(int size) {
        List<Integer> p = new ArrayList<>(parts.subList(0, Math.min(size, parts.size())));
        while (p.size() < size) {
            p.add(0);
        }
        return new ComponentVersion(component, p, text);
    }

    /** Whether this version's numbers begin with all of {@code line}'s: 1.6.24 is in the line 1.6. */
    public boolean startsWith(ComponentVersion line) {
        if (line.parts.size() > parts.size()) {
            return false;
        }
        return parts.subList(0, line.parts.size()).equals(line.parts);
    }

    /** The version as a whole line when it names fewer numbers than a release has: {@code 1.6.x}. */
    public String asLine() {
        return parts.size() < component.precision() && component != Component.AZURE_STACK_HCI ? text + ".x" : text;
    }

    @Override
    public String toString() {
        return text;
    }
}
