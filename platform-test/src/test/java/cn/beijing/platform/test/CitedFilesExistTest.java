package cn.beijing.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No comment names a file that is not in the repository: every {@code *.md} or {@code *.csv} named in a comment of
 * the code (Java, YAML, properties, SQL, shell, XML) is a file of the repository (its path, or the end of its path:
 * {@code docs/API.md}, {@code policy/guardianship-indicators.csv}). The specification texts the code cites are in
 * {@code docs/}.
 */
class CitedFilesExistTest {

    /** The repository root: this module's parent directory (Maven runs tests in the module directory). */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** Not ours to edit: vendored schemas; build output; version control. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", ".run", "schemas");
    private static final Pattern NAME = Pattern.compile("(?<![\\w/.-])((?:[\\w.-]+/)*[\\w.-]+\\.(?:md|csv))(?![\\w-])");
    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S+");

    @Test
    void everyFileNamedInACommentIsInTheRepository() throws IOException {
        List<String> files = repositoryFiles();
        assertThat(files).contains("docs/API.md", "docs/POLICY.md", "docs/ARCHITECTURE.md", "docs/STYLE.md",
                "docs/guardianship-indicators.csv");
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (String file : files) {
            for (String comment : comments(file)) {
                Matcher m = NAME.matcher(URL.matcher(comment).replaceAll(" "));
                while (m.find()) {
                    named++;
                    String name = m.group(1);
                    if (files.stream().noneMatch(f -> f.equals(name) || f.endsWith("/" + name))) {
                        missing.add(file + ": " + name);
                    }
                }
            }
        }
        assertThat(named).as("files named in comments").isGreaterThan(10);
        assertThat(missing).as("files named in comments but not in the repository").isEmpty();
    }

    private static List<String> repositoryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> ROOT.relativize(p))
                    .filter(p -> {
                        for (Path part : p) {
                            if (SKIPPED.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .map(p -> p.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The comments of a source file, by its kind; other files have none. */
    private static List<String> comments(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1);
        String text;
        try {
            text = switch (ext) {
                case "java", "yaml", "yml", "properties", "sql", "sh", "xml" ->
                        Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
                default -> null;
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) {
            return List.of();
        }
        return switch (ext) {
            case "java" -> matches(Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL),
                    text.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(\\\\.|[^\"\\\\\\n])*\"", "\"\""));
            case "sql" -> matches(Pattern.compile("--[^\\n]*"), text);
            case "xml" -> matches(Pattern.compile("<!--.*?-->", Pattern.DOTALL), text);
            default -> matches(Pattern.compile("(?m)(?:^|\\s)#[^\\n]*"), text);
        };
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
