package org.triagedesk.cases.control;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/**
 * {@code kubectl get nodes} (also {@code -o wide}): the VERSION column of a control-plane node is the
 * cluster's Kubernetes version. Agent nodes may lag behind during an upgrade, so only control-plane
 * rows count.
 */
public class NodeListParser implements FactParser {

    @Override
    public void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found) {
        int rolesColumn = -1;
        int versionColumn = -1;
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).trim().split("\\s+");
            List<String> header = Arrays.asList(cells);
            if (header.contains("NAME") && header.contains("STATUS") && header.contains("VERSION")) {
                rolesColumn = header.indexOf("ROLES");
                versionColumn = header.indexOf("VERSION");
                continue;
            }
            if (versionColumn < 0 || rolesColumn < 0 || cells.length <= versionColumn) {
                continue;
            }
            String roles = cells[rolesColumn];
            if ((roles.contains("control-plane") || roles.contains("master")) && cells[versionColumn].matches("v?\\d+\\.\\d+.*")) {
                found.accept(new ExtractedFact(KubernetesVersionParser.FACT, cells[versionColumn], evidence.name(), i + 1,
                        lines.get(i), "kubectl get nodes"));
            }
        }
    }
}
