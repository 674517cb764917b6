package org.triagedesk.classification.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;

/**
 * The scope finding a coverage area adds to a case's eligibility (the Scope table of spec/policy.md).
 * Only a confident area counts: a case that needs review gets no scope finding until an engineer
 * settles its area.
 */
public final class ScopeFindings {

    static final List<String> THIRD_PARTY = List.of("Istio", "Envoy", "Linkerd", "Prometheus", "Grafana", "cert-manager",
            "Traefik", "Argo CD", "ArgoCD", "Flux", "Rancher", "Velero", "Falco", "Trivy", "Twistlock", "Prisma Cloud",
            "Aqua", "Kong", "Consul", "Vault", "Harbor", "Longhorn", "Portworx", "NGINX Ingress", "Datadog", "Dynatrace");
    private static final Pattern HELM = Pattern.compile("(?i)\\bhelm\\b|ヘルム");

    private ScopeFindings() {
    }

    public static Optional<Finding> of(Classification classification, CaseText text) {
        if (classification.area() == null || classification.needsReview()) {
            return Optional.empty();
        }
        Optional<PolicyRule> rule = scopeRule(classification.area());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        if (classification.area() != CoverageArea.THIRD_PARTY) {
            return Optional.of(Finding.of(rule.get()));
        }
        String all = text.prose() + "\n" + String.join("\n", text.tellingLines());
        String lower = all.toLowerCase(Locale.ROOT);
        List<String> named = THIRD_PARTY.stream().filter(p -> lower.contains(p.toLowerCase(Locale.ROOT))).toList();
        if (named.isEmpty() && HELM.matcher(all).find()) {
            return Optional.of(Finding.about(PolicyRule.SCOPE_THIRD_PARTY_HELM, "Helm"));
        }
        if (named.isEmpty()) {
            return Optional.of(Finding.about(PolicyRule.SCOPE_THIRD_PARTY, "third-party software").withVariant("unnamed"));
        }
        String subject = String.join(", ", named);
        return Optional.of(Finding.about(PolicyRule.SCOPE_THIRD_PARTY, subject, subject));
    }

    /** The scope finding a case in this area gets (spec/policy.md, "Scope"); empty when the area is fully in scope. */
    static Optional<PolicyRule> scopeRule(CoverageArea area) {
        return Optional.ofNullable(switch (area) {
            case CNI_BASIC_INSTALL -> PolicyRule.SCOPE_CNI_BASIC_INSTALL;
            case THIRD_PARTY -> PolicyRule.SCOPE_THIRD_PARTY;
            case HOW_TO -> PolicyRule.SCOPE_HOW_TO;
            case AGENT_NODE -> PolicyRule.SCOPE_AGENT_NODE;
            default -> null;
        });
    }
}
