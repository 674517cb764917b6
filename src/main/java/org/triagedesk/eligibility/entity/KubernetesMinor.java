package org.triagedesk.eligibility.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor version such as {@code 1.28}: the unit the support policy's one-year window
 * applies to. Patch numbers and AKS Arc build suffixes ({@code v1.28.5-kvapkg.1}) do not matter.
 */
public record KubernetesMinor(int major, int minor) implements Comparable<KubernetesMinor> {

    /** A minor as the catalog keys it, in the API's paths and on the catalog page: major.minor, no patch. */
    public static final String KEY_PATTERN = "\\d{1,3}\\.\\d{1,3}";

    private static final Pattern VERSION = Pattern.compile("^[vV]?(\\d{1,3})\\.(\\d{1,3})(?:\\.\\d{1,5})?(?:[-+][0-9A-Za-z.+-]*)?$");

    public static Optional<KubernetesMinor> parse(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(version.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KubernetesMinor(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public static KubernetesMinor of(String minor) {
        return parse(minor).orElseThrow(() -> new IllegalArgumentException("not a Kubernetes version: " + minor));
    }

    public static boolean isValid(String version) {
        return parse(version).isPresent();
    }

    @Override
    public int compareTo(KubernetesMinor other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
