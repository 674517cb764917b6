package org.triagedesk.classification.control;

import java.util.regex.Pattern;

import org.triagedesk.kernel.CaseText;

/**
 * Whether a case reports something broken rather than asks how to do something: HOW_TO is only for
 * questions without a malfunction (spec/coverage-areas.md).
 */
public final class MalfunctionSignals {

    private static final Pattern BROKEN = Pattern.compile("(?i)\\b(errors?|fail(s|ed|ing|ure)?|crash\\w*|not ?ready|time[sd]? ?out|timeout"
            + "|unable|cannot|can't|couldn't|broken|doesn't work|does not work|stuck|refused|denied|exception|degraded|unhealthy"
            + "|down|outage|lost|evicted|oomkilled|crashloopbackoff|backoff|panic|expired|unreachable|hang(s|ing)?|slow|pending|not working|restart(s|ing)?|missing|wrong|unexpected(ly)?|disappear(s|ed)?|rejected|blocked|403|500|503|502)\\b"
            + "|エラー|失敗|できない|できません|落ち|止ま|タイムアウト|応答しない|応答がない|異常|障害|つながらない|接続できない|起動しない|期限切れ");

    private static final Pattern QUESTION = Pattern.compile("(?i)\\b(how (do|can|should|to|are|is)|what is the best|what's the best"
            + "|best practice|is it possible|can i|can we|recommended way|which is better)\\b|\\?$|方法|教えて|どうすれば|どうやって|ベスト ?プラクティス"
            + "|したい|たい。|には$|考え方|決め方|手順");
    /** AKS Arc's own features: questions about them are in scope, not general usage. */
    private static final Pattern PRODUCT = Pattern.compile("(?i)akshci|aksarc|az aksarc|\\bmoc\\b|mocctl|kvactl|wssd|node ?pool|ノード ?プール"
            + "|management cluster|管理クラスター|arc\\b|update-aks|new-aks|set-aks|install-aks|proxy|プロキシ|certificate|証明書|upgrade"
            + "|アップグレード|calico|flannel|coredns|etcd|billing|課金");

    private MalfunctionSignals() {
    }

    /** Words only AKS Arc's own features have: its cmdlets and CLI, MOC, node pools, the management cluster, Arc. */
    private static final Pattern OWN_FEATURES = Pattern.compile("(?i)akshci|aksarc|aks ?arc|aks hybrid|azure arc|\\bmoc\\b|mocctl|kvactl|wssd"
            + "|node ?pool|ノード ?プール|management cluster|管理クラスター|arc resource bridge");

    /** The case names AKS Arc's own features: a question about them is in scope, not a how-to question. */
    public static boolean aboutProduct(CaseText text) {
        return OWN_FEATURES.matcher(text.prose()).find();
    }

    /** The case asks how to do something general, naming no AKS Arc feature. */
    public static boolean generalQuestion(CaseText text) {
        String prose = text.prose();
        return QUESTION.matcher(prose).find() && !PRODUCT.matcher(prose).find();
    }

    public static boolean reported(CaseText text) {
        return BROKEN.matcher(text.prose()).find() || !text.tellingLines().isEmpty();
    }
}
