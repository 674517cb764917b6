package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every example in the OpenAPI document ({@code META-INF/openapi.yaml}, served as written at
 * {@code /openapi}) is valid against its schema, under the OpenAPI 3.0 schema dialect with formats
 * asserted: media-type, parameter and header examples ({@code example} and each of {@code examples}),
 * and the {@code example} of every schema and property. A wrong example fails the build.
 */
class OpenApiExamplesTest {

    static final String BASE = "https://triagedesk.invalid/openapi.json";

    static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = OpenApiExamplesTest.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            assertNotNull(in, OpenApiDocument.RESOURCE);
            document = new YAMLMapper().readTree(in);
        }
    }

    /** An example and the schema it must satisfy, by where they are in the document. */
    record Example(String where, JsonNode schema, String schemaPointer, JsonNode value) {
    }

    @Test
    void everyExampleMatchesItsSchema() {
        List<Example> examples = examples(document);
        // the document has well over a hundred examples; finding few would mean the walk lost them
        assertTrue(examples.size() > 100, "examples found: " + examples.size());
        assertTrue(examples.stream().anyMatch(e -> e.where().startsWith("/paths/~1triage/post/requestBody")), "the /triage request example");
        assertEquals(List.of(), problems(document, examples));
    }

    @Test
    void aWrongExampleIsReportedWithWhereItIs() {
        ObjectNode broken = (ObjectNode) document.deepCopy();
        ((ObjectNode) broken.at("/paths/~1triage/post/requestBody/content/application~1json/examples/coreDnsAfterUpgrade/value/cluster"))
                .put("subscriptionState", "PAUSED");
        ((ObjectNode) broken.at("/paths/~1cases~1{reference}~1history/get/responses/200/content/application~1json/example/0"))
                .put("at", "yesterday");
        ((ObjectNode) broken.at("/components/schemas/KnownIssue/properties/key")).put("example", 42);
        List<String> problems = problems(broken, examples(broken));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("coreDnsAfterUpgrade") && problems.get(0).contains("subscriptionState"), problems.get(0));
        assertTrue(problems.get(1).contains("history") && problems.get(1).contains("date-time"), problems.get(1));
        assertTrue(problems.get(2).contains("/components/schemas/KnownIssue/properties/key"), problems.get(2));
    }

    /** Each example with its schema: wherever a node has a {@code schema} and examples, and every schema that has an {@code example}. */
    static List<Example> examples(JsonNode doc) {
        List<Example> found = new ArrayList<>();
        walk(doc, doc, "", false, found);
        return found;
    }

    private static void walk(JsonNode doc, JsonNode node, String pointer, boolean isSchema, List<Example> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(doc, node.get(i), pointer + "/" + i, isSchema, found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode schema = node.get("schema");
        if (!isSchema && schema != null && schema.isObject()) {
            String schemaPointer = pointer + "/schema";
            if (node.has("example")) {
                found.add(new Example(pointer + "/example", schema, schemaPointer, node.get("example")));
            }
            JsonNode examples = node.get("examples");
            if (examples != null) {
                for (Map.Entry<String, JsonNode> e : examples.properties()) {
                    JsonNode example = e.getValue().has("$ref") ? doc.at(e.getValue().get("$ref").asString().substring(1)) : e.getValue();
                    assertTrue(example.has("value") || example.has("externalValue"), pointer + "/examples/" + e.getKey() + " has no value");
                    if (example.has("value")) {
                        found.add(new Example(pointer + "/examples/" + escape(e.getKey()), schema, schemaPointer, example.get("value")));
                    }
                }
            }
        }
        if (isSchema && node.has("example")) {
            found.add(new Example(pointer + "/example", node, pointer, node.get("example")));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String child = pointer + "/" + escape(key);
            if (key.equals("example") || key.equals("examples") && !isSchema) {
                continue; // example values are data, not schemas
            }
            if (isSchema && (key.equals("properties") || key.equals("patternProperties"))) {
                for (Map.Entry<String, JsonNode> property : e.getValue().properties()) {
                    walk(doc, property.getValue(), child + "/" + escape(property.getKey()), true, found);
                }
            } else if (!isSchema && pointer.equals("/components/schemas") ) {
                walk(doc, e.getValue(), child, true, found);
            } else {
                boolean schemaBelow = isSchema ? !key.equals("enum") && !key.equals("required") && !key.equals("default")
                        : key.equals("schema");
                walk(doc, e.getValue(), child, schemaBelow, found);
            }
        }
    }

    /** What is wrong with each example, named by where it is in the document; empty when all are valid. */
    static List<String> problems(JsonNode doc, List<Example> examples) {
        ObjectMapper json = JsonMapper.builder().build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder
                .schemas(Map.of(BASE, json.writeValueAsString(doc)))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        List<String> problems = new ArrayList<>();
        for (Example example : examples) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + example.schemaPointer().replace("{", "%7B").replace("}", "%7D")));
            var errors = schema.validate(example.value());
            if (!errors.isEmpty()) {
                problems.add(example.where() + ": " + errors);
            }
        }
        return problems;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void theWalkSkipsPropertyNamesAndEnumsThatAreNotSchemas() {
        JsonNode doc = new YAMLMapper().readTree("""
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        example: {type: string, example: "a property named example"}
                        kind: {type: string, enum: [a, b], example: b}
                """);
        List<Example> examples = examples(doc);
        assertEquals(List.of("/components/schemas/Thing/properties/example/example", "/components/schemas/Thing/properties/kind/example"),
                examples.stream().map(Example::where).toList());
        assertEquals(List.of(), problems(doc, examples));
        Iterator<Example> none = examples(new YAMLMapper().readTree("paths: {}")).iterator();
        assertFalse(none.hasNext());
    }
}
