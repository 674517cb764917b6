package org.triagedesk.classification.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLI and cmdlet names as whole tokens ({@code cmd:}): PowerShell cmdlets (Verb-Noun, {@code Update-AksHci},
 * {@code New-AksHciCluster}) and the field's command-line tools with their subcommand ({@code kubectl logs},
 * {@code az aksarc}, and for az the command too: {@code az aksarc create}). A word chain would cut them apart.
 */
final class CommandNames {

    private static final Pattern CMDLET = Pattern.compile("\\b[A-Z][a-z]{1,12}-[A-Z][A-Za-z0-9]{2,40}\\b");
    private static final Pattern CLI = Pattern.compile("(?i)\\b(az|kubectl|helm|mocctl|kvactl|crictl|ctr|docker|systemctl|journalctl"
            + "|kubeadm|calicoctl|istioctl|argocd|cmctl|nctl|oc)\\s+([a-z][a-z0-9-]{1,30})(?:\\s+([a-z][a-z0-9-]{1,30}))?");

    private CommandNames() {
    }

    static void count(String text, Map<String, Integer> counts, Map<String, String> written) {
        Matcher cmdlet = CMDLET.matcher(text);
        while (cmdlet.find()) {
            String name = cmdlet.group();
            counts.merge("cmd:" + name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            written.putIfAbsent("cmd:" + name.toLowerCase(Locale.ROOT), name);
        }
        Matcher cli = CLI.matcher(text);
        while (cli.find()) {
            String tool = cli.group(1).toLowerCase(Locale.ROOT);
            String first = tool + " " + cli.group(2).toLowerCase(Locale.ROOT);
            counts.merge("cmd:" + first, 1, Integer::sum);
            written.putIfAbsent("cmd:" + first, first);
            // az names its command group and then the command: az aksarc create
            if (tool.equals("az") && cli.group(3) != null) {
                String second = first + " " + cli.group(3).toLowerCase(Locale.ROOT);
                counts.merge("cmd:" + second, 1, Integer::sum);
                written.putIfAbsent("cmd:" + second, second);
            }
        }
    }
}
