package cn.beijing.platform.guardianship.store;

import cn.beijing.platform.guardianship.policy.assessment.ProcessEvent;
import java.time.OffsetDateTime;

/** One step of an assessment's history as stored: the policy event, its annotations, who recorded it and when. */
public record StoredEvent(int seq, ProcessEvent event, EventAnnotations annotations, String recordedBy,
                          OffsetDateTime recordedAt) {
}
