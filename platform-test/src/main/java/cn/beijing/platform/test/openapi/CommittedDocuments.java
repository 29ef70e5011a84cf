package cn.beijing.platform.test.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.beijing.platform.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The OpenAPI documents committed under {@code docs/openapi/} (one per service, {@code <service>.yaml}): where they
 * are, and the check that a service still serves exactly its committed document, so that a change of the contract
 * shows in the diff. {@code -Dopenapi.update=true} writes the served document instead of failing (then review and
 * commit it).
 */
public final class CommittedDocuments {

    public static final String UPDATE_PROPERTY = "openapi.update";

    private CommittedDocuments() {
    }

    /** {@code docs/openapi} of the repository the build runs in, found upwards from the working directory. */
    public static Optional<Path> directory() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("openapi");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The committed document of an application ({@code energy-service} → {@code energy.yaml}), if there is one. */
    public static Optional<Path> of(String applicationName) {
        String service = applicationName.replaceFirst("-service$", "");
        return directory().map(dir -> dir.resolve(service + ".yaml")).filter(Files::isRegularFile);
    }

    /**
     * Reads the document the service under test serves ({@code /v3/api-docs.yaml}, as any authenticated caller) and
     * fails unless it equals the committed one (see {@link #assertCommitted(String, String)}).
     */
    public static void assertServedIsCommitted(WebTestClient web, String service) {
        byte[] served = web.get().uri("/v3/api-docs.yaml")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("contract-reader", "ANY", "OPS"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        assertCommitted(service, new String(served == null ? new byte[0] : served, StandardCharsets.UTF_8));
    }

    /**
     * Fails unless {@code served} equals the committed document of {@code service}; with {@code -Dopenapi.update=true}
     * writes it instead.
     */
    public static void assertCommitted(String service, String served) {
        Path directory = directory().orElseThrow(() -> new AssertionError("no docs/openapi above " + Paths.get("")
                .toAbsolutePath()));
        assertCommitted(directory.resolve(service + ".yaml"), served);
    }

    /** Fails unless {@code served} equals the text of {@code file}; with {@code -Dopenapi.update=true} writes it. */
    static void assertCommitted(Path file, String served) {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(file, served);
            return;
        }
        String committed = Files.isRegularFile(file) ? read(file) : "";
        List<String> differences = differences(committed, served);
        if (!differences.isEmpty()) {
            throw new AssertionError("The service's OpenAPI document differs from the committed " + file
                    + " (a change of the HTTP contract). If the change is intended, regenerate with\n"
                    + "  ./mvnw -B -pl <service> -am verify -Dopenapi.update=true -Dtest='*ServiceBootIT' "
                    + "-Dsurefire.failIfNoSpecifiedTests=false\nreview the diff and commit it. First differences:\n"
                    + String.join("\n", differences));
        }
    }

    /** Line differences (at most 20) between the committed and the served text; empty when equal. */
    public static List<String> differences(String committed, String served) {
        List<String> differences = new ArrayList<>();
        String[] before = committed.split("\n", -1);
        String[] after = served.split("\n", -1);
        int lines = Math.max(before.length, after.length);
        for (int i = 0; i < lines && differences.size() < 20; i++) {
            String b = i < before.length ? before[i] : "<end of file>";
            String a = i < after.length ? after[i] : "<end of file>";
            if (!a.equals(b)) {
                differences.add("  line " + (i + 1) + ":\n    committed: " + b + "\n    served:    " + a);
            }
        }
        return differences;
    }

    /** A committed file's text (UTF-8). */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a committed file's text (UTF-8). */
    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
