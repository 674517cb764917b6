package org.triagedesk.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * Why a known issue matched a case, language-neutral: {@code code} names the kind of reason
 * ({@code signature}, {@code affectedVersion}, {@code fixedAtOrBelow}, {@code outsideAffected}, {@code similarText}, and for
 * a component other than Kubernetes {@code componentAffected}, {@code componentFixed}, {@code componentOutside}, whose first
 * argument is the component's code) and {@code arguments} fill its wording.
 */
public record MatchReason(String code, List<String> arguments) {

    public MatchReason {
        arguments = List.copyOf(arguments);
    }

    public static MatchReason of(String code, Object... arguments) {
        return new MatchReason(code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
