package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.common.web.RequestIds;
import cn.beijing.platform.guardianship.assessments.AccessAction.Grant;
import cn.beijing.platform.guardianship.store.AccessAuditTrail;
import cn.beijing.platform.guardianship.store.AccessInfo;
import cn.beijing.platform.guardianship.store.AssessmentStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Confidentiality of assessments (第十五条): who may see one, and the audit trail of every access.
 *
 * <p>An assessment is visible to GUARDIANSHIP_SUPERVISOR callers whose {@code agency} claim is the assessing agency
 * and to GUARDIANSHIP_ASSESSOR callers assigned to its current team. To anyone else it does not exist (404, also for
 * OPS and every other role), so its existence does not leak. Every attempt — allowed, refused, denied — is written to
 * the audit trail with who, when, what, why and how it ended; a supervisor's read of case data needs a reason
 * ({@code X-Access-Reason}), an assessor's assignment is their reason.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssessmentAccess {

    public static final String SUPERVISOR = "GUARDIANSHIP_SUPERVISOR";
    public static final String ASSESSOR = "GUARDIANSHIP_ASSESSOR";
    public static final int MAX_REASON_LENGTH = 500;

    private final AssessmentStore store;
    private final AccessAuditTrail trail;
    private final Clock clock;

    public Mono<CurrentUser> caller() {
        return CurrentUser.current().switchIfEmpty(Mono.error(() -> new AccessDeniedException("no authenticated caller")));
    }

    /**
     * Admits the caller to the assessment for the action, or audits the denial and fails: 404 when the caller may not
     * see it (or it does not exist), 403 when they see it but may not do this, 422 when a supervisor reads without a
     * reason.
     */
    public Mono<Access> admit(UUID assessmentId, AccessAction action, String reason) {
        return caller().flatMap(user -> store.accessInfo(assessmentId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(info -> {
                    Grant grant = info.map(i -> grantOf(user, i)).orElse(Grant.NONE);
                    String agency = info.map(AccessInfo::agencyId).orElse(null);
                    Access access = new Access(user, assessmentId, agency, grant);
                    if (reason != null && reason.length() > MAX_REASON_LENGTH) {
                        return Mono.error(new InvalidInputException("X-Access-Reason",
                                "must be at most " + MAX_REASON_LENGTH + " characters"));
                    }
                    if (grant == Grant.NONE) {
                        return audit(access, action, reason, AuditOutcome.NOT_FOUND)
                                .then(Mono.error(new NotFoundException("assessment")));
                    }
                    if (!action.allows(grant)) {
                        return audit(access, action, reason, AuditOutcome.FORBIDDEN)
                                .then(Mono.error(new AccessDeniedException("not permitted")));
                    }
                    if (action.read() && grant == Grant.SUPERVISOR && (reason == null || reason.isBlank())) {
                        return audit(access, action, reason, AuditOutcome.INVALID)
                                .then(Mono.error(new InvalidInputException("X-Access-Reason",
                                        "a supervisor states why they read a confidential assessment (第十五条)")));
                    }
                    return Mono.just(access);
                }));
    }

    /** Writes one audit row (in the caller's transaction, if any). */
    public Mono<Void> audit(Access access, AccessAction action, String reason, AuditOutcome outcome) {
        CurrentUser user = access.user();
        return Mono.deferContextual(context -> trail.record(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), user.subject(),
                String.join(",", new TreeSet<>(user.roles())), user.agency(), access.assessmentId(),
                access.assessmentAgencyId(), action.name(), outcome.name(), blankToNull(reason),
                RequestIds.of(context).orElse(null)));
    }

    static Grant grantOf(CurrentUser user, AccessInfo info) {
        if (user.hasRole(SUPERVISOR) && user.agency() != null && user.agency().equals(info.agencyId())) {
            return Grant.SUPERVISOR;
        }
        if (user.hasRole(ASSESSOR) && info.assignees().contains(user.subject())) {
            return Grant.ASSESSOR;
        }
        return Grant.NONE;
    }

    private static String blankToNull(String reason) {
        return reason == null || reason.isBlank() ? null : reason;
    }
}
