package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.classification.control.KnownIssueMatcher;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.SignatureShingles;
import org.triagedesk.kernel.TriageAnalyzers;

/** The query side of signature matching must produce exactly the terms the index holds, and the synonym files must agree. */
class SignatureShinglesTest {

    static SearchTestBed bed;

    @BeforeAll
    static void start() {
        bed = SearchTestBed.withKb(Path.of("src/test/resources/kb-fixtures"));
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void shinglesAreTheSignatureAnalyzersTerms() throws IOException {
        String line = "E1120 kubelet.go:2855] \"Container runtime network not ready\" networkReady=\"NetworkReady=false\"";
        Analyzer analyzer = bed.read(em -> Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class)
                .analyzer(TriageAnalyzers.SIGNATURE).orElseThrow());
        Set<String> indexed = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("signatures", line)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                indexed.add(term.toString());
            }
            stream.end();
        }
        assertEquals(indexed, SignatureShingles.of(line));
    }

    @Test
    void queryingALongPastedLogStaysWithinLucenesLimits() {
        String log = "E1120 kubelet.go:2855] Container runtime network not ready: cni plugin not initialized\n".repeat(400);
        var text = new CaseText("nodes not ready", log, List.of());
        assertDoesNotThrow(() -> bed.read(em -> new KnownIssueMatcher().candidates(em, text, 10)));
    }

    @Test
    void querySynonymsAreTheOneWordTermsOfTheIndexSynonyms() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : lines("/analysis/synonyms.txt")) {
            List<String> single = Arrays.stream(line.split(",")).map(String::strip).filter(t -> !t.contains(" ")).toList();
            if (single.size() >= 2) {
                expected.add(String.join(", ", single));
            }
        }
        assertEquals(expected, lines("/analysis/synonyms-query.txt"));
    }

    private static List<String> lines(String resource) throws IOException {
        try (var in = new InputStreamReader(SignatureShinglesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return new BufferedReader(in).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
