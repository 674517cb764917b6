package org.triagedesk.knowledgebase.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.ComponentFix;
import org.triagedesk.knowledgebase.entity.ComponentRange;
import org.triagedesk.knowledgebase.entity.KnownVersion;
import org.triagedesk.knowledgebase.entity.VersionNote;

/**
 * Holds a known issue's version notes against what is known of a cluster, per component the notes
 * name: AFFECTED (a version the cluster runs is in an affected range and has no fix), FIXED (every
 * version it runs has the fix), OUTSIDE (none is in the affected ranges), or UNKNOWN (no version of
 * that component is known, or the notes give a fix the cluster is below but no range).
 */
public final class VersionMatching {

    public enum Status {
        AFFECTED, FIXED, OUTSIDE, UNKNOWN
    }

    /**
     * The verdict for one component. {@code version} is the cluster's version it rests on (none when
     * unknown); {@code range} the affected range that holds it, or every range of the component when
     * outside, as the note wrote them; {@code fix} the fix it has, when fixed.
     */
    public record Judgement(Component component, Status status, KnownVersion version, String range, ComponentFix fix) {
    }

    private VersionMatching() {
    }

    /** One judgement per component that {@code affected} or {@code fixed} gives a range or a fix for. */
    public static List<Judgement> judge(VersionNote affected, VersionNote fixed, ClusterVersions cluster) {
        VersionNote notes = affected.withFixesOf(fixed);
        List<Judgement> judgements = new ArrayList<>();
        for (Component component : notes.components()) {
            judgements.add(judge(component, notes.ranges(component), notes.fixes(component), cluster.of(component)));
        }
        return judgements;
    }

    static Judgement judge(Component component, List<ComponentRange> ranges, List<ComponentFix> fixes, List<KnownVersion> versions) {
        String all = ranges.stream().map(ComponentRange::text).distinct().collect(Collectors.joining(", "));
        Judgement fixedOne = null;
        Judgement outside = null;
        Judgement unknown = null;
        boolean allFixed = !versions.isEmpty();
        for (KnownVersion v : versions) {
            if (!fixes.isEmpty() && ComponentFix.fixes(fixes, v.version())) {
                if (fixedOne == null) {
                    fixedOne = new Judgement(component, Status.FIXED, v, all, applying(fixes, v));
                }
                continue;
            }
            allFixed = false;
            if (ranges.isEmpty()) {
                unknown = unknown != null ? unknown : new Judgement(component, Status.UNKNOWN, v, all, null);
                continue;
            }
            for (ComponentRange r : ranges) {
                if (r.contains(v.version())) {
                    return new Judgement(component, Status.AFFECTED, v, r.text(), null);
                }
            }
            outside = outside != null ? outside : new Judgement(component, Status.OUTSIDE, v, all, null);
        }
        if (allFixed) {
            return fixedOne;
        }
        if (outside != null) {
            return outside;
        }
        return unknown != null ? unknown : new Judgement(component, Status.UNKNOWN, null, all, null);
    }

    /** The fix a version has: the one of its own release line, else the newest. */
    private static ComponentFix applying(List<ComponentFix> fixes, KnownVersion v) {
        ComponentFix newest = null;
        for (ComponentFix f : fixes) {
            List<Integer> fix = f.version().parts();
            List<Integer> line = fix.subList(0, fix.size() - 1);
            if (v.version().padded(fix.size()).parts().subList(0, line.size()).equals(line) && v.version().compareTo(f.version()) >= 0) {
                return f;
            }
            if (newest == null || f.version().compareTo(newest.version()) > 0) {
                newest = f;
            }
        }
        return newest;
    }
}
