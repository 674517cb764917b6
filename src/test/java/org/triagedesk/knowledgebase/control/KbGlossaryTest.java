package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.knowledgebase.entity.GlossaryEntry;
import org.triagedesk.knowledgebase.entity.GlossaryHit;
import org.triagedesk.knowledgebase.entity.GlossaryText;
import org.triagedesk.knowledgebase.entity.KbEntry;

/**
 * The real glossary of kb/: it loads without a problem, it carries customers' sentences across the
 * two languages, and it covers the titles of the known issues written in the other language.
 */
class KbGlossaryTest {

    static final GlossaryFileParser.Result RESULT = new GlossaryFileParser().read(Path.of("kb"));
    static final Glossary GLOSSARY = RESULT.glossary();

    @Test
    void loadsWithoutAProblemAndHoldsAtLeast450Concepts() {
        assertEquals(List.of(), RESULT.problems());
        assertTrue(GLOSSARY.entries().size() >= 450, "concepts: " + GLOSSARY.entries().size());
    }

    @Test
    void theJapaneseCaseOfIssue16FindsTheWordsOfTheEnglishCertificateIssue() {
        List<String> english = GLOSSARY.english("検証用クラスターを停止していたら証明書が切れて使えなくなった");
        assertTrue(english.containsAll(List.of("cluster", "certificate", "x509", "expired", "stopped", "shutdown", "VMs were off")), english.toString());
        // and those words are the ones the English record is written with
        Set<GlossaryEntry> titleConcepts = hits(GLOSSARY.findEnglish("Cluster unreachable with \"x509 certificate has expired\" after its VMs were off"));
        Set<GlossaryEntry> caseConcepts = hits(GLOSSARY.findJapanese("検証用クラスターを停止していたら証明書が切れて使えなくなった"));
        caseConcepts.retainAll(titleConcepts);
        assertEquals(4, caseConcepts.size(), "cluster, stopped, certificate, expired: " + caseConcepts);
    }

    @Test
    void japaneseCustomerSentencesGiveTheirEnglishTerms() {
        assertFinds(GLOSSARY::english, "ノードプールをスケールアウトしようとしたら IP プールが枯渇していると言われて進まない",
                "node pool", "scale out", "IP pool", "exhausted", "stuck");
        assertFinds(GLOSSARY::english, "Pod から名前解決できず、社内のプロキシ経由だとタイムアウトします",
                "cannot resolve", "corporate", "proxy", "timeout");
        assertFinds(GLOSSARY::english, "アップグレード後にワーカーノードが NotReady のまま再起動を繰り返している",
                "upgrade", "worker node", "stuck in", "restart loop");
        assertFinds(GLOSSARY::english, "LoadBalancer の外部 IP が付与されず、ずっと保留中です。急に繋がらなくなりました",
                "external IP", "Pending", "suddenly", "cannot connect");
        assertFinds(GLOSSARY::english, "サブスクリプションの課金が止まって Arc エージェントが Azure と同期されていない",
                "subscription", "billing", "stopped", "Arc agents", "out of sync");
        assertFinds(GLOSSARY::english, "ディスクがいっぱいになってポッドが退避され、ログも消えた",
                "disk", "fill up", "pod", "evicted", "log", "disappeared");
        assertFinds(GLOSSARY::english, "noProxy を変更したのに反映されない。何も変更していないのに勝手に再起動する",
                "change", "not applied", "nothing was changed", "by itself", "restart");
        assertFinds(GLOSSARY::english, "証明書マネージャーの webhook がタイムアウトして、サーバー証明書が発行されない",
                "cert-manager", "timeout", "certificate");
    }

    @Test
    void englishCustomerSentencesGiveTheirJapaneseTerms() {
        assertFinds(GLOSSARY::japanese, "After the host OS update the management cluster API server is unreachable on port 6443",
                "ホスト OS", "更新", "管理クラスター", "API サーバー", "到達できない", "ポート");
        assertFinds(GLOSSARY::japanese, "Pods stuck in ContainerCreating, and the node went NotReady after the VMs were rebooted one after another",
                "ポッド", "のまま", "コンテナー作成中", "ノード", "準備未完了", "再起動", "順番に");
        assertFinds(GLOSSARY::japanese, "Our certificates expired while the cluster was shut down for a week; kubectl now returns Unauthorized",
                "証明書", "期限切れ", "クラスター", "停止", "未認証");
        assertFinds(GLOSSARY::japanese, "LoadBalancer services stay pending because the VIP pool has no free address",
                "ロードバランサー", "サービス", "のまま", "保留中", "VIP プール", "空きアドレスがない");
        assertFinds(GLOSSARY::japanese, "Helm upgrade fails with another operation in progress and the release is stuck",
                "アップグレード", "失敗", "進行中", "リリース", "進まない");
        assertFinds(GLOSSARY::japanese, "DNS lookups time out intermittently after CoreDNS pods restart",
                "名前解決", "タイムアウト", "断続的", "ポッド", "再起動");
    }

    @Test
    void wordsThatMerelyContainATermDoNotCarryIt() {
        // found when the glossary was run over the Japanese reports of kb/examples
        assertFalse(GLOSSARY.english("サポート上問題ないでしょうか").contains("port"));
        assertFalse(GLOSSARY.english("特に変更していないつもりです").contains("always"));
        assertFalse(GLOSSARY.english("本番切り替えの予定があり非常に重要です").contains("always"));
        assertFalse(GLOSSARY.english("kube-prometheus スタックを入れた").contains("stuck"));
        assertFalse(GLOSSARY.english("ブートストラップ機能は有効").contains("boot"));
        assertFalse(GLOSSARY.english("ディスクも iノードも逼迫").contains("node"));
        assertFalse(GLOSSARY.english("動かなくなった").contains("disappeared"));
        assertFalse(GLOSSARY.japanese("the certificate has expired").contains("高可用性"), "has is not HA");
    }

    private static void assertFinds(Function<String, List<String>> lookup, String sentence, String... expected) {
        List<String> found = lookup.apply(sentence);
        for (String term : expected) {
            assertTrue(found.contains(term), "'" + term + "' for: " + sentence + "\n found: " + found);
        }
    }

    private static Set<GlossaryEntry> hits(List<GlossaryHit> hits) {
        return hits.stream().map(GlossaryHit::entry).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The glossary as it was before kb/glossary existed: the groups of the search synonyms that held
     * Japanese and English terms.
     */
    static Glossary synonymsGlossary() throws IOException {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/analysis/synonyms.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> ja = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (String term : line.split(",")) {
                (GlossaryText.containsJapanese(term) ? ja : en).add(term.strip());
            }
            if (!ja.isEmpty() && !en.isEmpty()) {
                entries.add(new GlossaryEntry(i + 1, ja, en));
            }
        }
        return new Glossary(entries);
    }

    /** Concepts of the other language found in a known issue's title. */
    static Set<GlossaryEntry> titleConcepts(Glossary glossary, KbEntry issue) {
        String title = issue.content().title();
        return hits(issue.content().language().equals("ja") ? glossary.findJapanese(title) : glossary.findEnglish(title));
    }

    @Test
    void everyKnownIssueTitleHasAtLeastTwoConceptsThatCarryItToTheOtherLanguage() throws IOException {
        List<KbEntry> issues = KnowledgeBaseFilesTest.KB.issues();
        Glossary before = synonymsGlossary();
        int beforeCount = 0;
        int afterCount = 0;
        int beforeThree = 0;
        int afterThree = 0;
        List<String> weak = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (KbEntry issue : issues) {
            Set<GlossaryEntry> old = titleConcepts(before, issue);
            Set<GlossaryEntry> now = titleConcepts(GLOSSARY, issue);
            beforeCount += old.size() >= 2 ? 1 : 0;
            afterCount += now.size() >= 2 ? 1 : 0;
            beforeThree += old.size() >= 3 ? 1 : 0;
            afterThree += now.size() >= 3 ? 1 : 0;
            if (now.size() < 2) {
                weak.add(issue.key());
            }
            report.append(String.format("  %s [%s] %d -> %d: %s%n", issue.key(), issue.content().language(), old.size(), now.size(),
                    now.stream().map(e -> issue.content().language().equals("ja") ? e.english().get(0) : e.japanese().get(0))
                            .collect(Collectors.joining(", "))));
        }
        long english = issues.stream().filter(e -> e.content().language().equals("en")).count();
        System.out.printf("Glossary coverage of known-issue titles (%d titles: %d English, %d Japanese), titles with at least two "
                + "concepts in the other language: before (search synonyms) %d, after (kb/glossary, %d concepts) %d; "
                + "with at least three: before %d, after %d%n%s",
                issues.size(), english, issues.size() - english, beforeCount, GLOSSARY.entries().size(), afterCount,
                beforeThree, afterThree, report);
        assertEquals(List.of(), weak, "titles the glossary hardly carries to the other language");
        assertTrue(afterCount > beforeCount);
    }

    @Test
    void everyConceptIsFoundFromItsOwnTerms() {
        // A term that its own normal form cannot find (a spelling the lookups read differently from
        // the parser) would never carry anything across.
        Set<Integer> roundTrip = new HashSet<>();
        for (GlossaryEntry entry : GLOSSARY.entries()) {
            String japanese = entry.japanese().get(0);
            String english = entry.english().get(0);
            if (GLOSSARY.findJapanese(japanese).stream().anyMatch(h -> h.entry().equals(entry))
                    && GLOSSARY.findEnglish(english).stream().anyMatch(h -> h.entry().equals(entry))) {
                roundTrip.add(entry.line());
            }
        }
        List<Integer> unreachable = GLOSSARY.entries().stream().map(GlossaryEntry::line).filter(l -> !roundTrip.contains(l)).toList();
        assertEquals(List.of(), unreachable, "lines whose first terms do not find their own concept");
    }

    @Test
    void printsTheTimeOfALookupOverA4000CharacterText() {
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (KbEntry issue : KnowledgeBaseFilesTest.KB.issues()) {
            StringBuilder side = issue.content().language().equals("ja") ? ja : en;
            side.append(issue.content().title()).append('\n').append(issue.content().symptoms()).append('\n');
        }
        String japanese = ja.substring(0, Math.min(4000, ja.length()));
        String english = en.substring(0, Math.min(4000, en.length()));
        int found = 0;
        for (int i = 0; i < 2000; i++) { // warm-up
            found += GLOSSARY.english(japanese).size() + GLOSSARY.japanese(english).size();
        }
        int rounds = 5000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            found += GLOSSARY.findJapanese(japanese).size();
        }
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            found += GLOSSARY.findEnglish(english).size();
        }
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        // CPU time beside wall time: on a loaded machine the wall time is mostly waiting for a core.
        System.out.printf("Glossary lookup over %d Japanese characters: %.1f µs CPU (%.1f µs wall); over %d English characters: "
                + "%.1f µs CPU (%.1f µs wall); %d hits in all%n", japanese.length(), (c1 - c0) / 1000.0 / rounds,
                (t1 - t0) / 1000.0 / rounds, english.length(), (c2 - c1) / 1000.0 / rounds, (t2 - t1) / 1000.0 / rounds, found);
        assertTrue(found > 0);
    }
}
