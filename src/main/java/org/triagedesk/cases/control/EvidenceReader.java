package org.triagedesk.cases.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/**
 * Reads every fact the known command outputs reveal in a case's evidence. For a fact seen more than
 * once, the most direct source comes first: {@code kubectl version} before the node list, before
 * the AKS Arc PowerShell output.
 */
public class EvidenceReader {

    private static final List<String> SOURCE_RANK = List.of("kubectl version", "kubectl version -o json|yaml",
            "kubectl get nodes", "Get-AksHciCluster", "cluster JSON");

    private final List<FactParser> parsers = List.of(new KubernetesVersionParser(), new NodeListParser(),
            new NetworkPluginParser(), new FeatureGateParser(), new AzureSyncParser(), new ComponentVersionParser());

    public List<ExtractedFact> read(List<Evidence> evidence) {
        List<ExtractedFact> facts = new ArrayList<>();
        for (Evidence item : evidence) {
            List<String> lines = item.lines();
            parsers.forEach(parser -> parser.read(item, lines, facts::add));
        }
        facts.sort(Comparator.comparing(ExtractedFact::fact).thenComparing(f -> rank(f.source())));
        return facts;
    }

    private static int rank(String source) {
        int rank = SOURCE_RANK.indexOf(source);
        return rank < 0 ? SOURCE_RANK.size() : rank;
    }
}
