package org.triagedesk.knowledgebase.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a known issue's version note ({@code affectedVersions} or {@code fixedIn}) says, as far as its
 * text gives versions: the ranges of each component it hits and the versions that fixed it. The text
 * itself is kept as written; a note with neither ranges nor fixes is only text.
 */
public record VersionNote(String text, List<ComponentRange> ranges, List<ComponentFix> fixes) {

    public static final VersionNote NONE = new VersionNote(null, List.of(), List.of());

    public VersionNote {
        ranges = List.copyOf(ranges);
        fixes = List.copyOf(fixes);
    }

    public boolean understood() {
        return !ranges.isEmpty() || !fixes.isEmpty();
    }

    public List<ComponentRange> ranges(Component component) {
        return ranges.stream().filter(r -> r.component() == component).toList();
    }

    public List<ComponentFix> fixes(Component component) {
        return fixes.stream().filter(f -> f.component() == component).toList();
    }

    /** The components the note gives a range or a fix for, in the order of {@link Component}. */
    public Set<Component> components() {
        Set<Component> all = EnumSet.noneOf(Component.class);
        ranges.forEach(r -> all.add(r.component()));
        fixes.forEach(f -> all.add(f.component()));
        return all;
    }

    /** Whether a range of the note holds {@code version}. */
    public boolean contains(ComponentVersion version) {
        return ranges.stream().anyMatch(r -> r.contains(version));
    }

    /** This note's ranges with another note's fixes added: an issue's affected note with its fixed-in note. */
    public VersionNote withFixesOf(VersionNote other) {
        List<ComponentFix> all = new ArrayList<>(fixes);
        all.addAll(other.fixes);
        return new VersionNote(text, ranges, all);
    }
}
