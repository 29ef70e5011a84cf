package cn.beijing.platform.guardianship.assessments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.guardianship.store.AccessAuditTrail;
import cn.beijing.platform.guardianship.store.AccessAuditTrail.AgencyTrailQuery;
import cn.beijing.platform.guardianship.store.AuditEntry;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reading the access audit trail (第十五条): of one assessment, or of an agency page by page, newest first. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditTrails {

    /** One audit row: who, when, what, why, and how it ended. */
    public record AuditEntryView(long id, OffsetDateTime at, String subject, String roles, String agency,
                                 UUID assessmentId, String action, String outcome, String reason, String requestId) {

        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id(), e.at(), e.subject(), e.roles(), e.agencyClaim(), e.assessmentId(),
                    e.action(), e.outcome(), e.reason(), e.requestId());
        }
    }

    /** One page, newest first; {@code nextCursor} (absent on the last page) fetches the next older page. */
    public record AgencyAuditTrailPage(List<AuditEntryView> entries, String nextCursor) {

        static AgencyAuditTrailPage of(List<AuditEntry> rows, int pageSize) {
            boolean more = rows.size() > pageSize;
            List<AuditEntry> page = more ? rows.subList(0, pageSize) : rows;
            return new AgencyAuditTrailPage(page.stream().map(AuditEntryView::of).toList(),
                    more ? Long.toString(page.get(page.size() - 1).id()) : null);
        }
    }

    /**
     * The filters of an agency's listing; any may be null but the agency.
     *
     * @param toExclusive upper bound, exclusive
     * @param before      the cursor: entries older than this id
     */
    public record AgencyFilter(String agencyId, OffsetDateTime fromInclusive, OffsetDateTime toExclusive,
                               String subject, String outcome, Long before, int pageSize) {
    }

    private final AccessAuditTrail trail;

    public Mono<List<AuditEntryView>> forAssessment(UUID assessmentId) {
        return trail.forAssessment(assessmentId).map(AuditEntryView::of).collectList();
    }

    public Mono<AgencyAuditTrailPage> forAgency(AgencyFilter filter) {
        return trail.forAgency(new AgencyTrailQuery(filter.agencyId(), filter.fromInclusive(), filter.toExclusive(),
                        filter.subject(), filter.outcome(), filter.before(), filter.pageSize() + 1))
                .collectList().map(rows -> AgencyAuditTrailPage.of(rows, filter.pageSize()));
    }
}
