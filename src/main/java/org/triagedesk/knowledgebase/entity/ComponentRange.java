package org.triagedesk.knowledgebase.entity;

/**
 * Versions of one component that a note names, read from its text: every version from {@code from}
 * (inclusive, none for no lower end) to {@code until} (exclusive, none for no upper end). {@code range}
 * says it compactly ({@code 1.6.x <1.6.24}, {@code 1.27.0 - 1.27.3}, {@code >=2503}); {@code text} is
 * the part of the note it was read from.
 */
public record ComponentRange(Component component, ComponentVersion from, ComponentVersion until, String range, String text) {

    public boolean contains(ComponentVersion version) {
        if (version.component() != component) {
            return false;
        }
        return (from == null || version.compareTo(from) >= 0) && (until == null || version.compareTo(until) < 0);
    }

    /** Whether any version at all is inside: a note can name an upper end below its lower one. */
    public boolean isEmpty() {
        return from != null && until != null && from.compareTo(until) >= 0;
    }
}
