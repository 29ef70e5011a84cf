package cn.beijing.platform.medical.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

import cn.beijing.platform.medical.store.ImportKind;

/** What an import did. {@code sample}: the data is SAMPLE data (a comment or the request said so). */
public record ImportResult(long importId, ImportKind kind, String source, boolean sample, int rowCount, int added,
                           int updated, int removed, int unchanged, List<String> completenessIssues,
                           String importedBy, OffsetDateTime importedAt) {

    public ImportResult {
        completenessIssues = List.copyOf(completenessIssues);
    }
}
