package org.triagedesk.kernel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes version down to the patch ({@code 1.28.5}), as known issues name the versions they
 * hit and fix. A version given without its patch ({@code 1.28}) reads as its first patch.
 */
public record KubernetesRelease(int major, int minor, int patch) implements Comparable<KubernetesRelease> {

    private static final Pattern VERSION = Pattern.compile("^[vV]?(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,5}))?(?:[-+][0-9A-Za-z.+-]*)?$");

    public static Optional<KubernetesRelease> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KubernetesRelease(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    public boolean sameMinor(KubernetesRelease other) {
        return major == other.major && minor == other.minor;
    }

    @Override
    public int compareTo(KubernetesRelease o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        return minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
