package cn.beijing.platform.test.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served document that differs from the committed one fails the build, naming the lines that differ. */
class CommittedDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void theSameDocumentPasses() throws IOException {
        Path committed = Files.writeString(dir.resolve("energy.yaml"), "openapi: 3.1.0\npaths: {}\n");
        CommittedDocuments.assertCommitted(committed, "openapi: 3.1.0\npaths: {}\n");
    }

    @Test
    void aChangedOperationFailsAndShowsWhere() throws IOException {
        Path committed = Files.writeString(dir.resolve("energy.yaml"), """
                paths:
                  /api/energy/grade-evaluations:
                    post:
                      operationId: calculatorGrade
                """);
        String served = """
                paths:
                  /api/energy/grade-evaluations:
                    post:
                      operationId: calculatorEnergyGrade
                """;
        assertThatThrownBy(() -> CommittedDocuments.assertCommitted(committed, served))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("differs from the committed")
                .hasMessageContaining("-Dopenapi.update=true")
                .hasMessageContaining("line 4:\n    committed:       operationId: calculatorGrade\n"
                        + "    served:          operationId: calculatorEnergyGrade");
    }

    @Test
    void aMissingDocumentFails() {
        assertThatThrownBy(() -> CommittedDocuments.assertCommitted(dir.resolve("subsidy.yaml"), "openapi: 3.1.0\n"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void reportsAtMostTwentyDifferences() {
        assertThat(CommittedDocuments.differences("a\n".repeat(50), "b\n".repeat(50))).hasSize(20);
        assertThat(CommittedDocuments.differences("a\nb", "a\nb")).isEmpty();
    }
}
