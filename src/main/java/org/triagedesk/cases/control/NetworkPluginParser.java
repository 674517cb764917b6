package org.triagedesk.cases.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/**
 * {@code kubectl get pods -A} (or any listing of pods): pods in {@code calico-system} or
 * {@code calico-node-*} pods mean Calico; pods in {@code kube-flannel} or {@code kube-flannel-ds-*} mean Flannel.
 */
public class NetworkPluginParser implements FactParser {

    static final String FACT = "cni";
    private static final Pattern CALICO = Pattern.compile("^\\s*(calico-system\\s+\\S+|\\S+\\s+calico-node-\\S+|calico-node-[a-z0-9]+\\s)");
    private static final Pattern FLANNEL = Pattern.compile("^\\s*(kube-flannel\\s+\\S+|\\S+\\s+kube-flannel-ds-\\S+|kube-flannel-ds-[a-z0-9-]+\\s)");

    @Override
    public void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CALICO.matcher(line).find()) {
                found.accept(new ExtractedFact(FACT, "CALICO", evidence.name(), i + 1, line, "kubectl get pods -A"));
                return;
            }
            if (FLANNEL.matcher(line).find()) {
                found.accept(new ExtractedFact(FACT, "FLANNEL", evidence.name(), i + 1, line, "kubectl get pods -A"));
                return;
            }
        }
    }
}
