package org.triagedesk.eligibility.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;

/** Collects what the rules find while one case is checked. */
public final class Assessment {

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, MissingFact> missing = new LinkedHashMap<>();

    public void add(Finding finding) {
        findings.add(finding);
    }

    public void missing(String fact, String... commands) {
        missing.putIfAbsent(fact, new MissingFact(fact, List.of(commands)));
    }

    public EligibilityDecision decide() {
        return EligibilityDecision.of(findings, List.copyOf(missing.values()));
    }
}
