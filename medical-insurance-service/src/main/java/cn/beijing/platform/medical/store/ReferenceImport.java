package cn.beijing.platform.medical.store;

import java.time.OffsetDateTime;
import java.util.List;

/** A recorded import of reference data. {@code sample} marks SAMPLE data, never to be used for real payments. */
public record ReferenceImport(long id, ImportKind kind, String source, boolean sample, int rowCount, int added,
                              int updated, List<String> completenessIssues, String importedBy,
                              OffsetDateTime importedAt) {

    public ReferenceImport {
        completenessIssues = List.copyOf(completenessIssues);
    }
}
