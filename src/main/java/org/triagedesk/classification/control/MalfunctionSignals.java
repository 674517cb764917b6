package org.triagedesk.classification.control;

import java.util.regex.Pattern;

import org.triagedesk.classification.entity.CaseText;

/**
 * Whether a case reports something broken rather than asks how to do something: HOW_TO is only for
 * questions without a malfunction (spec/coverage-areas.md).
 */
public final class MalfunctionSignals {

    private static final Pattern BROKEN = Pattern.compile("(?i)\\b(errors?|fail(s|ed|ing|ure)?|crash\\w*|not ?ready|time[sd]? ?out|timeout"
            + "|unable|cannot|can't|couldn't|broken|doesn't work|does not work|stuck|refused|denied|exception|degraded|unhealthy"
            + "|down|outage|lost|evicted|oomkilled|crashloopbackoff|backoff|panic|expired|unreachable|hang(s|ing)?|slow)\\b"
            + "|エラー|失敗|できない|できません|落ち|止ま|タイムアウト|応答しない|応答がない|異常|障害|つながらない|接続できない|起動しない|期限切れ");

    private MalfunctionSignals() {
    }

    public static boolean reported(CaseText text) {
        return BROKEN.matcher(text.prose()).find() || !text.tellingLines().isEmpty();
    }
}
