package cn.beijing.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.RuleDescriptor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one runner of the auditors' rule cases, {@code src/test/resources/policy-cases/*.yaml}, for every service. One
 * file per rule:
 * <pre>
 * rule: industrial-finance-article-02        # the rule's declared id (@Rule)
 * cases:
 *   - name: premiums of exactly 10万 are not above the threshold
 *     article: 京技管发〔2024〕33号 第二条      # document and article the case checks
 *     decision_date: 2025-06-30               # optional: the date that picks the parameters in force
 *     input: {recognitions: [NATIONAL_HIGH_TECH_ENTERPRISE], annualPremiums: 100000}
 *     expected: {eligible: false, failures: [PREMIUMS_NOT_ABOVE_THRESHOLD]}
 * </pre>
 * Top-level keys starting with {@code x-} hold YAML anchors that cases reuse ({@code x-girl: &girl {…}}, then
 * {@code *girl} or {@code {<<: *girl, minorSex: M}}). The input is the rule's input record in its JSON shape (the shape of the API; unknown keys are refused, absent
 * flags and counts are false and 0). The
 * decision is compared in its JSON shape too: only the expected keys, numbers by value, lists item by item, mappings
 * key by key; an expected text against an object compares the object's {@code code}; {@code basis: [citations]}
 * must all be among the decision's. A decision's basis must cite the case's {@code article} (the article begins
 * with a cited {@code document article}, so {@code 第九条第三款} is cited by {@code 第九条}). {@code expected: {error: <field>}} expects the input refused naming that
 * field; {@code expected: {errorType: <exception>}} expects that failure.
 */
public final class PolicyCases {

    private static final Set<String> FILE_KEYS = Set.of("rule", "cases");
    private static final Set<String> CASE_KEYS = Set.of("name", "article", "decision_date", "input", "expected");
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** How a case is decided: in process by the rule book, or over HTTP by a service's endpoint. */
    public interface Decider {

        /**
         * @return the decision in its JSON shape
         * @throws Refused when the input is refused
         */
        JsonNode decide(String rule, Map<String, Object> input, LocalDate decisionDate);
    }

    /**
     * A refused input: the fields named (an input error names one; a problem answered over HTTP may name several) or
     * the failure's name.
     */
    public static final class Refused extends RuntimeException {
        private final List<String> fields;
        private final String type;

        public Refused(List<String> fields, String type, String message) {
            super(message);
            this.fields = List.copyOf(fields);
            this.type = type;
        }
    }

    /** One case file, as read. */
    public record CaseFile(String name, String rule, List<Map<String, Object>> cases) {
    }

    private PolicyCases() {
    }

    /** Every case of {@code policy-cases/} on the test class path, decided by the rules of {@code rules}. */
    public static Stream<DynamicNode> run(RuleBook rules) {
        return run(inProcess(rules), rules);
    }

    /** Every case, decided by {@code decider}; {@code rules} names each file's rule and its document. */
    public static Stream<DynamicNode> run(Decider decider, RuleBook rules) {
        List<DynamicNode> files = new ArrayList<>();
        for (CaseFile file : files()) {
            RuleDescriptor rule = rules.descriptor(file.rule());
            List<DynamicTest> tests = new ArrayList<>();
            for (Map<String, Object> c : file.cases()) {
                tests.add(DynamicTest.dynamicTest(c.get("name") + " [" + c.get("article") + "]",
                        () -> check(decider, rule, c)));
            }
            files.add(DynamicContainer.dynamicContainer(file.name(), tests));
        }
        return files.stream();
    }

    /** The rules decided in process, their input read from the case's JSON shape. */
    public static Decider inProcess(RuleBook rules) {
        return (rule, input, decisionDate) -> {
            RuleDescriptor descriptor = rules.descriptor(rule);
            Object typed = JSON.convertValue(input, JSON.constructType(descriptor.input()));
            @SuppressWarnings("unchecked")
            Decides<Object, ?> decides = (Decides<Object, ?>) rules.rule(rule);
            Object decision;
            try {
                decision = decides.decide(typed, decisionDate);
            } catch (PolicyInputException e) {
                throw new Refused(List.of(e.field()), e.getClass().getSimpleName(), e.getMessage());
            } catch (RuntimeException e) {
                throw new Refused(List.of(), e.getClass().getSimpleName(), e.getMessage());
            }
            return JSON.valueToTree(decision);
        };
    }

    /** Every case file of {@code policy-cases/} on the class path, checked for the format's keys. */
    public static List<CaseFile> files() {
        URL directory = PolicyCases.class.getClassLoader().getResource("policy-cases");
        Assertions.assertNotNull(directory, "a policy-cases directory on the test class path");
        List<Path> paths;
        try (Stream<Path> listing = Files.list(Path.of(directory.toURI()))) {
            paths = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Assertions.assertFalse(paths.isEmpty(), "no case file in policy-cases/");
        List<CaseFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(read(path));
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static CaseFile read(Path path) {
        String name = path.getFileName().toString();
        Object loaded;
        try (InputStream in = Files.newInputStream(path)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(1000);
            loaded = plain(new Yaml(new SafeConstructor(options)).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> doc = (Map<String, Object>) loaded;
        doc.keySet().removeIf(key -> key.startsWith("x-"));
        assertKeys(name, doc, FILE_KEYS);
        Assertions.assertInstanceOf(String.class, doc.get("rule"), name + ": rule");
        List<Map<String, Object>> cases = (List<Map<String, Object>>) doc.get("cases");
        Assertions.assertFalse(cases == null || cases.isEmpty(), name + ": cases");
        for (Map<String, Object> c : cases) {
            assertKeys(name + ": " + c.get("name"), c, CASE_KEYS);
            for (String required : List.of("name", "article", "expected")) {
                Assertions.assertNotNull(c.get(required), name + ": a case without " + required);
            }
        }
        return new CaseFile(name, (String) doc.get("rule"), cases);
    }

    private static void assertKeys(String where, Map<String, Object> map, Set<String> allowed) {
        for (String key : map.keySet()) {
            Assertions.assertTrue(allowed.contains(key), where + ": unknown key '" + key + "' (allowed: " + allowed + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Decider decider, RuleDescriptor rule, Map<String, Object> c) {
        Map<String, Object> input = c.get("input") == null ? Map.of() : (Map<String, Object>) c.get("input");
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        LocalDate decisionDate = c.get("decision_date") == null ? null : LocalDate.parse((String) c.get("decision_date"));
        String article = (String) c.get("article");
        boolean refusal = expected.containsKey("error") || expected.containsKey("errorType");
        JsonNode decision;
        try {
            decision = decider.decide(rule.id(), input, decisionDate);
        } catch (Refused e) {
            if (!refusal) {
                throw new AssertionFailedError("refused: " + e.getMessage(), e);
            }
            if (expected.containsKey("error")) {
                Assertions.assertTrue(e.fields.contains(expected.get("error")),
                        "the refused field " + expected.get("error") + " among " + e.fields + " (" + e.getMessage() + ")");
            }
            if (expected.containsKey("errorType")) {
                Assertions.assertEquals(expected.get("errorType"), e.type, "the failure (" + e.getMessage() + ")");
            }
            return;
        }
        if (refusal) {
            throw new AssertionFailedError("expected a refusal " + expected + " but the decision is " + decision);
        }
        List<String> citations = citations(decision.path("basis"));
        Assertions.assertTrue(citations.stream().anyMatch(article::startsWith),
                "the decision's basis " + citations + " cites " + article);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            if (e.getKey().equals("basis")) {
                List<String> wanted = (List<String>) e.getValue();
                Assertions.assertTrue(citations.containsAll(wanted), "basis " + citations + " contains " + wanted);
            } else {
                compare(e.getKey(), e.getValue(), decision.get(e.getKey()));
            }
        }
    }

    private static List<String> citations(JsonNode basis) {
        List<String> citations = new ArrayList<>();
        for (JsonNode b : basis) {
            citations.add(b.path("document").asString() + " " + b.path("article").asString());
        }
        return citations;
    }

    @SuppressWarnings("unchecked")
    private static void compare(String path, Object expected, JsonNode actual) {
        if (expected == null) {
            Assertions.assertTrue(actual == null || actual.isNull(), path + ": expected null but was " + actual);
            return;
        }
        Assertions.assertNotNull(actual, path + ": the decision has no such field");
        if (expected instanceof Map<?, ?> map) {
            Assertions.assertTrue(actual.isObject(), path + ": expected an object but was " + actual);
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                compare(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
            }
        } else if (expected instanceof List<?> list) {
            Assertions.assertTrue(actual.isArray(), path + ": expected a list but was " + actual);
            Assertions.assertEquals(list.size(), actual.size(), path + ": size of " + actual);
            Iterator<JsonNode> items = actual.iterator();
            for (int i = 0; i < list.size(); i++) {
                compare(path + "[" + i + "]", list.get(i), items.next());
            }
        } else if (actual.isObject() && actual.has("code")) {
            Assertions.assertEquals(String.valueOf(expected), actual.get("code").asString(), path + ".code");
        } else if (expected instanceof Number n) {
            Assertions.assertTrue(actual.isNumber() || actual.isString(), path + ": expected a number but was " + actual);
            Assertions.assertEquals(0, new BigDecimal(n.toString()).compareTo(new BigDecimal(actual.asString())),
                    path + ": expected " + n + " but was " + actual);
        } else if (expected instanceof Boolean b) {
            Assertions.assertTrue(actual.isBoolean(), path + ": expected a boolean but was " + actual);
            Assertions.assertEquals(b, actual.asBoolean(), path);
        } else {
            Assertions.assertEquals(String.valueOf(expected), actual.isValueNode() ? actual.asString() : actual.toString(),
                    path);
        }
    }

    /** The YAML tree with dates as ISO text, as in JSON. */
    private static Object plain(Object node) {
        if (node instanceof java.util.Date d) {
            return d.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(plain(k)), plain(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(PolicyCases::plain).toList();
        }
        return node;
    }
}
