package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.knowledgebase.entity.GlossaryHit;
import org.triagedesk.knowledgebase.entity.GlossaryText;

/** How lookups find terms, on a small glossary of their own. */
class GlossaryTest {

    static final Glossary GLOSSARY = new GlossaryFileParser().parse("test.tsv", List.of(
            "証明書\tcertificate|cert|x509",
            "期限切れ|失効|切れる\texpired|expiry",
            "クラスター\tcluster",
            "管理クラスター\tmanagement cluster|AKS host",
            "停止\tstopped|shutdown|VMs were off",
            "IP プール\tIP pool",
            "VIP プール\tVIP pool",
            "ノードプール\tnode pool|nodepool",
            "繋がらない|接続できない\tcannot connect|can't connect",
            "起動しない\tdoes not start|won't start",
            "遅い\tslow",
            "使えない\tunusable|cannot be used",
            "途切れる\tconnection dropped",
            "プロキシ\tproxy",
            "コンテナー\tcontainer",
            "コンテナーランタイム\tcontainer runtime",
            "ポート\tport",
            "サポート\tsupport")).glossary();

    @Test
    void findsEveryJapaneseTermInTheRawTextWithItsPlace() {
        String text = "検証用クラスターを停止していたら証明書が期限切れになった";
        List<GlossaryHit> hits = GLOSSARY.findJapanese(text);
        assertEquals(List.of("クラスター", "停止", "証明書", "期限切れ"), hits.stream().map(GlossaryHit::term).toList());
        assertEquals("クラスター", text.substring(hits.get(0).start(), hits.get(0).end()));
        assertEquals("期限切れ", text.substring(hits.get(3).start(), hits.get(3).end()));
        assertEquals(List.of("cluster", "stopped", "shutdown", "VMs were off", "certificate", "cert", "x509", "expired", "expiry"),
                GLOSSARY.english(text));
    }

    @Test
    void theLongestTermWinsWhereTermsOverlap() {
        assertEquals(List.of("management cluster", "AKS host"), GLOSSARY.english("管理クラスターに接続"));
        assertEquals(List.of("VIP pool"), GLOSSARY.english("VIP プールが枯渇"));
    }

    @Test
    void aTermInDictionaryFormMatchesItsConjugations() {
        assertEquals(List.of("certificate", "cert", "x509", "expired", "expiry"), GLOSSARY.english("証明書が切れて"));
        assertEquals(List.of("expired", "expiry"), GLOSSARY.english("昨日切れた"));
        assertEquals(List.of("cannot connect", "can't connect"), GLOSSARY.english("API サーバーに繋がらなかった"));
        assertEquals(List.of("does not start", "won't start"), GLOSSARY.english("ノードが起動しなくなりました"));
        assertEquals(List.of("slow"), GLOSSARY.english("応答が遅くて困っています"));
        assertEquals(List.of("unusable", "cannot be used"), GLOSSARY.english("kubectl が使えなくなった"));
        assertEquals(List.of("connection dropped"), GLOSSARY.english("通信が途切れて"),
                "途切れ is longer than 切れ, so the connection dropped and nothing expired");
    }

    @Test
    void spacingWidthAndTheLongVowelMarkDoNotMatter() {
        assertEquals(List.of("node pool", "nodepool"), GLOSSARY.english("ノード プールを追加"));
        assertEquals(List.of("cluster"), GLOSSARY.english("クラスタが"));
        assertEquals(List.of("IP pool"), GLOSSARY.english("ＩＰ　プール"));
        assertEquals(List.of("proxy"), GLOSSARY.english("ﾌﾟﾛｷｼ経由"));
    }

    @Test
    void aCompoundMatchesWithoutTheLongVowelOfALoanwordItBeginsWith() {
        assertEquals(List.of("container runtime"), GLOSSARY.english("コンテナランタイムが落ちた"));
        assertEquals(List.of("container runtime"), GLOSSARY.english("コンテナー ランタイム"));
        assertEquals(List.of("container runtime"), GLOSSARY.english("コンテナーランタイム"));
    }

    @Test
    void aShortTermInsideALongerGlossaryWordIsNotFound() {
        assertEquals(List.of("support"), GLOSSARY.english("サポートに問い合わせた"), "サポート is not a ポート");
        assertEquals(List.of("port"), GLOSSARY.english("ポート 6443"));
    }

    @Test
    void aTermStartingWithLatinLettersDoesNotMatchInsideALatinWord() {
        assertEquals(List.of(), GLOSSARY.findJapanese("XIP プール"));
        assertEquals(List.of("IP pool"), GLOSSARY.english("新しい IP プール"));
        assertEquals(List.of("IP pool"), GLOSSARY.english("新しいIPプール"));
    }

    @Test
    void findsEnglishTermsCaseInsensitivelyAsWholeWordsWithTheirInflections() {
        assertEquals(List.of("証明書", "期限切れ", "失効", "切れる"), GLOSSARY.japanese("The CERTIFICATES expire tonight"));
        assertEquals(List.of("期限切れ", "失効", "切れる"), GLOSSARY.japanese("expiring"));
        assertEquals(List.of("期限切れ", "失効", "切れる"), GLOSSARY.japanese("it expires"));
        assertEquals(List.of(), GLOSSARY.japanese("a concert in the desert"), "cert is a word of its own");
        assertEquals(List.of("停止"), GLOSSARY.japanese("the VM was Stopping"));
        assertEquals(List.of("ノードプール"), GLOSSARY.japanese("two NodePools"));
    }

    @Test
    void multiWordTermsMatchAcrossAnySpacingAndTheLongestWins() {
        List<GlossaryHit> hits = GLOSSARY.findEnglish("Cluster unreachable: \"x509: certificate has expired\" after the VMs\nwere off");
        assertEquals(List.of("cluster", "x509", "certificate", "expired", "VMs were off"), hits.stream().map(GlossaryHit::term).toList());
        assertEquals(List.of("管理クラスター"), GLOSSARY.japanese("the AKS host and the management cluster"));
        assertEquals(List.of("繋がらない", "接続できない", "起動しない"), GLOSSARY.japanese("I can't connect and it won't start"));
    }

    @Test
    void anEmptyTextOrAnEmptyGlossaryFindsNothing() {
        assertEquals(List.of(), GLOSSARY.english(""));
        assertEquals(List.of(), GLOSSARY.japanese(null));
        assertEquals(List.of(), Glossary.empty().english("証明書"));
        assertEquals(List.of(), Glossary.empty().japanese("certificate"));
    }

    @Test
    void entriesInCollectsTheConceptsOfAMixedText() {
        assertEquals(List.of(1, 2), GLOSSARY.entriesIn("証明書 expired").stream().map(e -> e.line()).toList());
    }

    @Test
    void englishWordsLoseTheirSimpleInflectionsOnly() {
        assertEquals(GlossaryText.stem("expire"), GlossaryText.stem("expired"));
        assertEquals(GlossaryText.stem("expire"), GlossaryText.stem("expires"));
        assertEquals(GlossaryText.stem("expire"), GlossaryText.stem("expiring"));
        assertEquals("stop", GlossaryText.stem("stopped"));
        assertEquals("stop", GlossaryText.stem("stopping"));
        assertEquals("policy", GlossaryText.stem("policies"));
        assertEquals("patch", GlossaryText.stem("patches"));
        assertEquals("install", GlossaryText.stem("installed"));
        assertEquals("vm", GlossaryText.stem("vms"));
        assertEquals("status", GlossaryText.stem("status"));
        assertEquals("ingress", GlossaryText.stem("ingress"));
        assertEquals("string", GlossaryText.stem("string"));
        assertEquals("speed", GlossaryText.stem("speed"));
        assertNotEquals(GlossaryText.stem("ha"), GlossaryText.stem("has"));
        assertNotEquals(GlossaryText.stem("it"), GlossaryText.stem("its"));
    }
}
