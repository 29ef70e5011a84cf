package cn.beijing.platform.policy.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every parameter file of the repository — {@code <module>/src/main/resources/policy/**.yaml} of every service and
 * this module's calendars — is read by the one reader, in the one format.
 */
class EveryParameterFileTest {

    /** The repository root: this module's parent directory (Maven runs tests in the module directory). */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    static List<Path> parameterFiles() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.flatMap(module -> Stream.of(module.resolve("src/main/resources/policy"),
                            module.resolve("src/main/resources/calendar")))
                    .filter(Files::isDirectory)
                    .flatMap(EveryParameterFileTest::yamlUnder)
                    .sorted()
                    .toList();
        }
    }

    private static Stream<Path> yamlUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRepositoryShipsTheFourServicesFilesAndTheCalendars() throws IOException {
        List<Path> files = parameterFiles();
        assertThat(files).extracting(f -> ROOT.relativize(f).getName(0).toString()).contains("energy-service",
                "guardianship-service", "medical-insurance-service", "subsidy-service", "platform-policy");
        assertThat(files.size()).isGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> everyFileIsReadByTheOneReader() throws IOException {
        return parameterFiles().stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            ParameterFile read = ParameterFileReader.read(name, Files.readString(file, StandardCharsets.UTF_8));
            assertThat(read.versions()).isNotEmpty();
            assertThat(read.description()).isNotBlank();
            assertThat(read.source().document()).isNotBlank();
        }));
    }
}
