package org.triagedesk.cases.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/**
 * Feature gates switched on in component arguments ({@code --feature-gates=A=true,B=false} in a
 * manifest, a process list or a log) or in a kubelet configuration's {@code featureGates:} map.
 * Whether a gate is alpha is judged later, against the cluster's version.
 */
public class FeatureGateParser implements FactParser {

    static final String FACT = "featureGate";
    private static final Pattern FLAG = Pattern.compile("--feature-gates[= ]\"?([A-Za-z0-9]+=[A-Za-z]+(?:,[A-Za-z0-9]+=[A-Za-z]+)*)");
    private static final Pattern CONFIG_MAP = Pattern.compile("^(\\s*)featureGates:\\s*$");
    private static final Pattern CONFIG_ENTRY = Pattern.compile("^(\\s+)([A-Za-z0-9]+):\\s*(true|false)\\s*$");

    @Override
    public void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found) {
        int mapIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher flag = FLAG.matcher(line);
            while (flag.find()) {
                for (String pair : flag.group(1).split(",")) {
                    String[] kv = pair.split("=");
                    if (kv.length == 2 && kv[1].equalsIgnoreCase("true")) {
                        found.accept(new ExtractedFact(FACT, kv[0], evidence.name(), i + 1, line, "--feature-gates"));
                    }
                }
            }
            Matcher map = CONFIG_MAP.matcher(line);
            if (map.find()) {
                mapIndent = map.group(1).length();
                continue;
            }
            Matcher entry = CONFIG_ENTRY.matcher(line);
            if (mapIndent >= 0 && entry.find() && entry.group(1).length() > mapIndent) {
                if (entry.group(3).equals("true")) {
                    found.accept(new ExtractedFact(FACT, entry.group(2), evidence.name(), i + 1, line, "featureGates"));
                }
            } else {
                mapIndent = -1;
            }
        }
    }
}
