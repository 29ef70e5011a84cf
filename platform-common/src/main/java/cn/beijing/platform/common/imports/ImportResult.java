package cn.beijing.platform.common.imports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an import did. {@code kind}: what it loaded (a service's own list of tables); {@code sample}: the data is
 * SAMPLE data (a comment or the request said so).
 */
public record ImportResult(long importId, String kind, String source, boolean sample, int rowCount, int added,
                           int updated, int removed, int unchanged, List<String> completenessIssues,
                           String importedBy, OffsetDateTime importedAt) {

    public ImportResult {
        completenessIssues = List.copyOf(completenessIssues);
    }
}
