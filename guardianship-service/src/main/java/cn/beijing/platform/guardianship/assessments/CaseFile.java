package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.guardianship.policy.assessment.Assessment;
import cn.beijing.platform.guardianship.store.AssessmentRecord;
import cn.beijing.platform.guardianship.store.StoredEvent;
import java.util.List;
import java.util.UUID;

/** An assessment as read: its row, its stored history, and the policy's view of that history. */
public record CaseFile(AssessmentRecord record, List<StoredEvent> history, Assessment assessment) {

    public CaseFile {
        history = List.copyOf(history);
    }

    /** The assessment's id. */
    public UUID id() {
        return record.id();
    }
}
