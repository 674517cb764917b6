package org.triagedesk.cases.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/**
 * The cluster's Kubernetes version, from the outputs that show it: {@code kubectl version} (the
 * Server Version, in its plain, struct, JSON and YAML forms) and {@code Get-AksHciCluster} /
 * {@code Get-AksHciKubernetesCluster} (KubernetesVersion), or any JSON with {@code kubernetesVersion}.
 * The node list has its own parser.
 */
public class KubernetesVersionParser implements FactParser {

    static final String FACT = "kubernetesVersion";
    private static final String VERSION = "(v?\\d+\\.\\d+(?:\\.\\d+)?(?:[-+][0-9A-Za-z.+-]*)?)";
    private static final Pattern SERVER_PLAIN = Pattern.compile("^\\s*Server Version:\\s*" + VERSION + "\\s*$");
    private static final Pattern SERVER_STRUCT = Pattern.compile("^\\s*Server Version:.*GitVersion:\"" + VERSION + "\"");
    private static final Pattern SERVER_BLOCK = Pattern.compile("\"?serverVersion\"?\\s*:");
    private static final Pattern GIT_VERSION = Pattern.compile("\"?gitVersion\"?\\s*:\\s*\"?" + VERSION + "\"?");
    private static final Pattern AKSHCI = Pattern.compile("^\\s*KubernetesVersion\\s*:\\s*" + VERSION + "\\s*$");
    private static final Pattern JSON_FIELD = Pattern.compile("\"kubernetesVersion\"\\s*:\\s*\"" + VERSION + "\"");
    private static final int BLOCK_LINES = 12;

    @Override
    public void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found) {
        int serverBlockStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SERVER_BLOCK.matcher(line).find()) {
                serverBlockStart = i;
            }
            Matcher m;
            if ((m = SERVER_PLAIN.matcher(line)).find() || (m = SERVER_STRUCT.matcher(line)).find()) {
                found.accept(new ExtractedFact(FACT, m.group(1), evidence.name(), i + 1, line, "kubectl version"));
            } else if (serverBlockStart >= 0 && i - serverBlockStart <= BLOCK_LINES
                    && (m = GIT_VERSION.matcher(line)).find()) {
                found.accept(new ExtractedFact(FACT, m.group(1), evidence.name(), i + 1, line, "kubectl version -o json|yaml"));
                serverBlockStart = -1;
            } else if ((m = AKSHCI.matcher(line)).find()) {
                found.accept(new ExtractedFact(FACT, m.group(1), evidence.name(), i + 1, line, "Get-AksHciCluster"));
            } else if ((m = JSON_FIELD.matcher(line)).find()) {
                found.accept(new ExtractedFact(FACT, m.group(1), evidence.name(), i + 1, line, "cluster JSON"));
            }
        }
    }
}
