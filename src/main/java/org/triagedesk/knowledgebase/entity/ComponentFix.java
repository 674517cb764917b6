package org.triagedesk.knowledgebase.entity;

import java.util.List;

/**
 * A version of a component that a note says has the fix, with the part of the note it was read from.
 * A note may name one fix per release line ({@code 1.29.10 / 1.30.6 / 1.31.2}): see {@link #fixes}.
 */
public record ComponentFix(Component component, ComponentVersion version, String text) {

    /**
     * Whether {@code version} has the fix, given every fix a note names for its component: a version of
     * the line of one of them (1.30.7 for the fix 1.30.6) has it from that fix on, and a version past
     * the newest fix has it too. A version of an older line, or of a line between fixes that names no
     * fix of its own, is not known to have it.
     */
    public static boolean fixes(List<ComponentFix> fixes, ComponentVersion version) {
        ComponentVersion newest = null;
        for (ComponentFix f : fixes) {
            if (f.component() != version.component()) {
                continue;
            }
            ComponentVersion fix = f.version();
            if (newest == null || fix.compareTo(newest) > 0) {
                newest = fix;
            }
            List<Integer> line = fix.parts().subList(0, fix.parts().size() - 1);
            if (version.padded(fix.parts().size()).parts().subList(0, line.size()).equals(line) && version.compareTo(fix) >= 0) {
                return true;
            }
        }
        return newest != null && version.compareTo(newest) >= 0;
    }
}
