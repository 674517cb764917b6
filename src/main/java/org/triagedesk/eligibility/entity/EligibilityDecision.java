package org.triagedesk.eligibility.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The answer to "is this cluster supported, as of that day?": the worst outcome among the findings
 * ({@link Verdict#SUPPORTED} when none fired), every finding, and the facts that could change it.
 * <p>
 * A verdict reached while facts the rules need are missing is {@linkplain #provisional() provisional}: it is the
 * answer so far, and it may still get worse once the facts are known. Only {@link Verdict#UNSUPPORTED} is final
 * whatever is missing, because nothing can be worse (and no unsupported finding rests on a missing fact).
 */
public record EligibilityDecision(Verdict verdict, List<Finding> findings, List<MissingFact> missingFacts) {

    public EligibilityDecision {
        findings = List.copyOf(findings);
        missingFacts = List.copyOf(missingFacts);
    }

    /** The verdict is the answer so far: facts the rules need are missing and could still change it. */
    public boolean provisional() {
        return !missingFacts.isEmpty() && verdict != Verdict.UNSUPPORTED;
    }

    /** This decision with more findings (the scope finding of the case's area); the verdict is the worst of all. */
    public EligibilityDecision with(Collection<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return of(all, missingFacts);
    }

    public static EligibilityDecision of(List<Finding> findings, List<MissingFact> missingFacts) {
        Verdict worst = findings.stream().map(Finding::outcome).reduce(Verdict.SUPPORTED, Verdict::worst);
        return new EligibilityDecision(worst, findings, missingFacts);
    }
}
