package org.triagedesk.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.AnalysisChains.Chain;
import org.triagedesk.kernel.AnalysisChains.JapaneseAnalysis;
import org.triagedesk.kernel.AnalysisChains.Step;

/**
 * The one definition of the analysis chains gives the same tokens on both backends: each chain as OpenSearch index
 * settings (what the Elasticsearch backend's configurer declares) against a real OpenSearch, compared with the
 * Lucene analyzer built from the same definition. Runs where an OpenSearch answers at {@code -Dopensearch.url}
 * (default http://127.0.0.1:9200; {@code mvn verify -Pcluster} starts one); skipped elsewhere.
 */
class OpenSearchAnalysisTest {

    static final String URL = System.getProperty("opensearch.url", "http://127.0.0.1:9200");
    static final String INDEX = "triage-analysis-test";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static final List<String> TEXTS = List.of(
            "The API server is not ready after the upgrade; kube-apiserver pods crash looping",
            "Error: failed to pull image mcr.microsoft.com/oss/kubernetes/pause:3.9 - context deadline exceeded",
            "証明書の期限切れで kubectl が接続できない",
            "ノードが NotReady のまま、コントロールプレーンの仮想 IP に到達できません",
            "Get-AksHciCluster : The term is not recognized; Install-Moc failed with 0x80070005");

    @BeforeAll
    static void createIndex() throws Exception {
        assumeTrue(reachable(), "no OpenSearch at " + URL);
        send("DELETE", "/" + INDEX, null);
        JsonObject analysis = new JsonObject();
        JsonObject analyzers = new JsonObject();
        JsonObject tokenizers = new JsonObject();
        JsonObject filters = new JsonObject();
        for (String name : AnalysisChains.ANALYZERS) {
            Chain chain = AnalysisChains.forOpenSearch(AnalysisChains.chain(name, JapaneseAnalysis.CJK_BIGRAM));
            JsonObject analyzer = new JsonObject();
            analyzer.addProperty("type", "custom");
            analyzer.addProperty("tokenizer", chain.tokenizer().name());
            JsonArray names = new JsonArray();
            chain.filters().forEach(f -> names.add(f.name()));
            analyzer.add("filter", names);
            analyzers.add(name, analyzer);
            declare(tokenizers, chain.tokenizer());
            chain.filters().forEach(f -> declare(filters, f));
        }
        analysis.add("analyzer", analyzers);
        analysis.add("tokenizer", tokenizers);
        analysis.add("filter", filters);
        JsonObject settings = new JsonObject();
        settings.add("analysis", analysis);
        settings.addProperty("number_of_replicas", 0);
        JsonObject body = new JsonObject();
        body.add("settings", settings);
        HttpResponse<String> created = send("PUT", "/" + INDEX, body.toString());
        assertEquals(200, created.statusCode(), created.body());
    }

    @AfterAll
    static void dropIndex() throws Exception {
        if (reachable()) {
            send("DELETE", "/" + INDEX, null);
        }
    }

    /**
     * Chains without synonyms give exactly the same tokens. With synonyms, Lucene reads a synonym file's words whole
     * ("kube-apiserver" stays one token) while OpenSearch runs them through the chain ("kube", "apiserver"): so there
     * the words of the text itself (the chain without its synonym steps) must all be among OpenSearch's tokens; and
     * the synonyms work there (a group's words lose only those the chain drops before its synonym step: the Japanese
     * words of an English chain, which only Japanese text, analysed by the Japanese chain, could match).
     */
    @Test
    void everyChainGivesTheSameTokensOnOpenSearchAsOnLucene() throws Exception {
        for (String name : AnalysisChains.ANALYZERS) {
            Chain chain = AnalysisChains.chain(name, JapaneseAnalysis.CJK_BIGRAM);
            List<Step> plain = chain.filters().stream()
                    .filter(f -> !f.opensearchType().equals("synonym_graph") && !f.opensearchType().equals("flatten_graph")).toList();
            boolean synonyms = plain.size() < chain.filters().size();
            try (var lucene = AnalysisChains.lucene(chain); var words = AnalysisChains.lucene(new Chain(name, chain.tokenizer(), plain))) {
                for (String text : TEXTS) {
                    List<String> openSearch = openSearchTokens(name, text);
                    if (!synonyms) {
                        assertEquals(AnalysisChains.tokens(lucene, text), openSearch, name + " on: " + text);
                        continue;
                    }
                    List<String> own = AnalysisChains.tokens(words, text);
                    assertTrue(openSearch.containsAll(own), name + " on: " + text + ": " + own + " not all in " + openSearch);
                }
            }
        }
    }

    @Test
    void synonymsWorkOnOpenSearchInBothLanguages() throws Exception {
        assertTrue(openSearchTokens(TriageAnalyzers.ENGLISH, "the api server").contains("kubeapiserv"));
        assertTrue(openSearchTokens(TriageAnalyzers.JAPANESE, "APIサーバーが応答しない").contains("kubeapiserv"),
                String.valueOf(openSearchTokens(TriageAnalyzers.JAPANESE, "APIサーバーが応答しない")));
    }

    static void declare(JsonObject into, Step step) {
        if (step.builtIn()) {
            return;
        }
        JsonObject definition = new JsonObject();
        definition.addProperty("type", step.opensearchType());
        for (Map.Entry<String, Object> p : step.opensearchParams().entrySet()) {
            Object v = p.getValue();
            if (v instanceof Boolean b) {
                definition.addProperty(p.getKey(), b);
            } else if (v instanceof Number n) {
                definition.addProperty(p.getKey(), n);
            } else if (v instanceof List<?> list) {
                JsonArray array = new JsonArray();
                list.forEach(e -> array.add(String.valueOf(e)));
                definition.add(p.getKey(), array);
            } else {
                definition.addProperty(p.getKey(), String.valueOf(v));
            }
        }
        into.add(step.name(), definition);
    }

    static List<String> openSearchTokens(String analyzer, String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("analyzer", analyzer);
        body.addProperty("text", text);
        HttpResponse<String> answer = send("POST", "/" + INDEX + "/_analyze", body.toString());
        assertEquals(200, answer.statusCode(), answer.body());
        List<String> tokens = new ArrayList<>();
        for (JsonElement t : JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("tokens")) {
            tokens.add(t.getAsJsonObject().get("token").getAsString());
        }
        return tokens;
    }

    static boolean reachable() {
        try {
            return send("GET", "/", null).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
