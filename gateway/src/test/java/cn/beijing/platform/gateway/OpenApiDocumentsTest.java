package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beijing.platform.test.openapi.CommittedDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed OpenAPI documents ({@code docs/openapi/<service>.yaml}, the ones Swagger UI lists): each is a valid
 * OpenAPI 3.1 document for a Java parser (swagger-parser: zero errors, zero warnings), and every operation the
 * README's service tables name is in its service's document.
 */
class OpenApiDocumentsTest {

    static final Map<String, String> SECTIONS = Map.of(
            "energy", "/api/energy",
            "guardianship", "/api/guardianship/assessments",
            "medical-insurance", "/api/medical-insurance",
            "subsidy", "/api/subsidies");
    private static final String METHOD = "GET|POST|PUT|DELETE|PATCH";
    /** A document number as printed ({@code 京建法〔2024〕12号}), or the platform's own operations. */
    static final Pattern NAMES_ITS_ARTICLE = Pattern.compile(".*(〔20\\d\\d〕\\d+号.*|\\(platform operations, no gazette article\\))");
    private static final Pattern TOKEN = Pattern.compile(
            "\\b((?:" + METHOD + ")(?:\\s*/\\s*(?:" + METHOD + "))*)\\s*(?=`)|`((?:" + METHOD + ")\\s+)?((?:…/|/)[^`\\s]*)");

    @ParameterizedTest
    @ValueSource(strings = { "energy", "guardianship", "medical-insurance", "subsidy" })
    void isAValidOpenApi31DocumentWithoutWarnings(String service) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(document(service).toUri().toString(), null, options);
        assertThat(result.getMessages()).as(service + ": parser messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
        result.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            assertThat(operation.getOperationId()).as(method + " " + path + ": operationId").isNotBlank();
            assertThat(operation.getResponses()).as(method + " " + path + ": responses").isNotEmpty();
            assertThat(operation.getSummary()).as(method + " " + path + ": a summary naming the gazette article")
                    .matches(NAMES_ITS_ARTICLE);
        }));
    }

    @Test
    void everyOperationOfTheReadmeTablesIsInItsDocument() throws IOException {
        List<String> readme = Files.readAllLines(CommittedDocuments.directory().orElseThrow().getParent().getParent()
                .resolve("README.md"));
        Map<String, List<String[]>> mentioned = mentionedOperations(readme);
        assertThat(mentioned.keySet()).containsExactlyInAnyOrderElementsOf(SECTIONS.keySet());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> section : mentioned.entrySet()) {
            OpenAPI document = new OpenAPIV3Parser().read(document(section.getKey()).toString());
            assertThat(section.getValue()).as(section.getKey() + ": operations in the README").hasSizeGreaterThan(5);
            for (String[] operation : section.getValue()) {
                if (!documented(document, operation[0], operation[1])) {
                    missing.add(section.getKey() + ": " + operation[0] + " " + operation[1]);
                }
            }
        }
        assertThat(missing).as("README operations missing from the documents").isEmpty();
    }

    /** (method, path) of every table row and one-line bullet of each service's README section. */
    /**
     * A table row names its operations in the first cell that holds a path; the cells after it describe them and may
     * mention the path of another row ("the latest appraisal is the one `…/renewal` reads"). A list item is read whole.
     */
    private static String operationsOf(String line) {
        if (!line.startsWith("|")) {
            return line;
        }
        int end = line.indexOf('|', 1);
        while (end > 0 && !line.substring(0, end).contains("`/") && !line.substring(0, end).contains("`…/")) {
            end = line.indexOf('|', end + 1);
        }
        return end > 0 ? line.substring(0, end) : line;
    }

    static Map<String, List<String[]>> mentionedOperations(List<String> readme) {
        Map<String, List<String[]>> operations = new LinkedHashMap<>();
        String section = null;
        for (String line : readme) {
            if (line.startsWith("#")) {
                Matcher heading = Pattern.compile("^### ([a-z-]+)-service\\b").matcher(line);
                section = heading.find() && SECTIONS.containsKey(heading.group(1)) ? heading.group(1)
                        : line.startsWith("####") ? section : null;
                continue;
            }
            if (section == null || !(line.startsWith("|") || line.startsWith("- `"))) {
                continue;
            }
            List<String> methods = new ArrayList<>();
            boolean afterPath = false;
            Matcher token = TOKEN.matcher(operationsOf(line));
            while (token.find()) {
                if (token.group(1) != null) {
                    if (afterPath) {
                        methods.clear();
                    }
                    for (String method : token.group(1).split("\\s*/\\s*")) {
                        methods.add(method.trim());
                    }
                    afterPath = false;
                    continue;
                }
                if (token.group(2) != null) {
                    methods = new ArrayList<>(List.of(token.group(2).trim()));
                } else if (token.group(3).equals("/")) {
                    continue; // a slash between two code spans (`categoryCode`/`drugName`), not a path
                }
                String path = token.group(3).replaceFirst("[?\\[].*$", "");
                for (String method : methods) {
                    operations.computeIfAbsent(section, s -> new ArrayList<>())
                            .add(new String[] { method, resolve(section, path) });
                }
                afterPath = true;
            }
        }
        return operations;
    }

    private static String resolve(String section, String path) {
        if (path.startsWith("/api/") || path.startsWith("…")) {
            return path;
        }
        return SECTIONS.get(section) + (path.equals("/") ? "" : path);
    }

    /** Whether the document has the operation; {@code {…}} matches any segment and {@code …/x} any path ending so. */
    static boolean documented(OpenAPI document, String method, String path) {
        List<String> wanted = segments(path.replaceFirst("^…", ""));
        boolean suffix = path.startsWith("…");
        for (Map.Entry<String, PathItem> entry : document.getPaths().entrySet()) {
            List<String> candidate = segments(entry.getKey());
            if (suffix ? endsWith(candidate, wanted) : matches(candidate, wanted)) {
                if (entry.getValue().readOperationsMap().keySet().stream()
                        .anyMatch(m -> m.name().equals(method.toUpperCase(Locale.ROOT)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWith(List<String> candidate, List<String> wanted) {
        return candidate.size() >= wanted.size()
                && matches(candidate.subList(candidate.size() - wanted.size(), candidate.size()), wanted);
    }

    private static boolean matches(List<String> candidate, List<String> wanted) {
        if (candidate.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            String w = wanted.get(i);
            String c = candidate.get(i);
            boolean wildcard = w.startsWith("{") && w.endsWith("}");
            if (!wildcard && !w.equals(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static Path document(String service) {
        Path file = CommittedDocuments.directory().orElseThrow().resolve(service + ".yaml");
        assertThat(file).as("committed document").isRegularFile();
        return file;
    }
}
