package cn.beijing.platform.guardianship.api;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.openapi.CallableBy;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.guardianship.assessments.Access;
import cn.beijing.platform.guardianship.assessments.AccessAction;
import cn.beijing.platform.guardianship.assessments.AccessAction.Grant;
import cn.beijing.platform.guardianship.assessments.AssessmentAccess;
import cn.beijing.platform.guardianship.assessments.AuditOutcome;
import cn.beijing.platform.guardianship.assessments.AuditTrails;
import cn.beijing.platform.guardianship.assessments.AuditTrails.AgencyAuditTrailPage;
import cn.beijing.platform.guardianship.assessments.AuditTrails.AgencyFilter;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The audit trail of the caller's own agency (第十五条; issue 4 "an audit trail that supervisors can list"): every
 * access to the agency's assessments — allowed, refused or denied, whoever attempted it — and its supervisors'
 * listings, newest first, in keyset pages. Entries of other agencies' assessments and probes on unknown ids (which
 * belong to no agency) never appear. The entries hold ids, subjects, roles, actions, outcomes and reasons: no personal
 * data of minors.
 *
 * <p>GUARDIANSHIP_SUPERVISOR with an {@code agency} claim only; every other caller gets 403 (the endpoint is a
 * role-gated collection whose existence reveals nothing about any assessment, so the 404 rule for single assessments
 * does not apply); the refusal is audited (in the trail of the caller's {@code agency} claim, if any). A supervisor
 * gives {@code X-Access-Reason} (its absence is audited as INVALID, 422); malformed parameters are refused with 422
 * naming each field and write nothing. The listing itself is written to the trail ({@code LIST_AGENCY_AUDIT_TRAIL},
 * DONE, with its reason) before it is read, so it is the newest entry of its own first page.
 */
@RestController
@RequestMapping("/api/guardianship/audit-trail")
@RequiredArgsConstructor
class AgencyAuditTrailController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int MAX_SUBJECT_LENGTH = 200;
    private static final AccessAction ACTION = AccessAction.LIST_AGENCY_AUDIT_TRAIL;

    private final AssessmentAccess access;
    private final AuditTrails trail;
    /** Its zone makes a date filter a day in Asia/Shanghai. */
    private final Clock clock;

    /**
     * @param from   first day (ISO date, Asia/Shanghai) or instant (ISO date-time with offset), inclusive
     * @param to     last day (inclusive, whole day) or instant (inclusive)
     * @param cursor {@code nextCursor} of the previous page (same filters)
     */
    @Operation(summary = "Every access to the agency's assessments, newest first (京民儿福发〔2024〕103号 第十五条)")
    @CallableBy("GUARDIANSHIP_SUPERVISOR")
    @GetMapping
    Mono<AgencyAuditTrailPage> list(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "subject", required = false) String subject,
            @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestHeader(name = AssessmentController.REASON_HEADER, required = false) String reason) {
        return access.caller().flatMap(user -> {
            boolean supervisor = user.hasRole(AssessmentAccess.SUPERVISOR) && user.agency() != null
                    && !user.agency().isBlank();
            Access listing = new Access(user, null, blankToNull(user.agency()), supervisor ? Grant.SUPERVISOR : Grant.NONE);
            if (!supervisor) {
                return access.audit(listing, ACTION, reason, AuditOutcome.FORBIDDEN)
                        .then(Mono.error(new AccessDeniedException("not permitted")));
            }
            // bad parameters: 422 naming them, nothing written
            AgencyFilter query = query(user, from, to, subject, outcome, limit, cursor, reason);
            if (reason == null || reason.isBlank()) {
                return access.audit(listing, ACTION, reason, AuditOutcome.INVALID)
                        .then(Mono.error(new InvalidInputException(AssessmentController.REASON_HEADER,
                                "a supervisor states why they read the audit trail (第十五条)")));
            }
            return access.audit(listing, ACTION, reason, AuditOutcome.DONE)
                    .then(trail.forAgency(query));
        });
    }

    private AgencyFilter query(CurrentUser user, String from, String to, String subject, String outcome,
                                   String limit, String cursor, String reason) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime lower = bound("from", from, false, errors);
        OffsetDateTime upper = bound("to", to, true, errors);
        if (lower != null && upper != null && !lower.isBefore(upper)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        String subjectFilter = blankToNull(subject);
        if (subjectFilter != null && subjectFilter.length() > MAX_SUBJECT_LENGTH) {
            errors.add(new FieldError("subject", "must be at most " + MAX_SUBJECT_LENGTH + " characters"));
        }
        String outcomeFilter = blankToNull(outcome);
        if (outcomeFilter != null && Arrays.stream(AuditOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
            errors.add(new FieldError("outcome", "must be one of " + Arrays.toString(AuditOutcome.values())));
        }
        int pageSize = DEFAULT_LIMIT;
        if (blankToNull(limit) != null) {
            try {
                pageSize = Integer.parseInt(limit.strip());
                if (pageSize < 1 || pageSize > MAX_LIMIT) {
                    errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "must be a whole number between 1 and " + MAX_LIMIT));
            }
        }
        Long before = null;
        if (blankToNull(cursor) != null) {
            try {
                before = Long.parseLong(cursor.strip());
                if (before < 1) {
                    errors.add(new FieldError("cursor", "is not a cursor of this listing"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("cursor", "is not a cursor of this listing"));
            }
        }
        if (reason != null && reason.length() > AssessmentAccess.MAX_REASON_LENGTH) {
            errors.add(new FieldError(AssessmentController.REASON_HEADER,
                    "must be at most " + AssessmentAccess.MAX_REASON_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AgencyFilter(user.agency(), lower, upper, subjectFilter, outcomeFilter, before, pageSize);
    }

    /**
     * A date means the whole day in Asia/Shanghai; a date-time with offset is an instant. Returned as a lower bound
     * (inclusive) or, for {@code to}, an upper bound made exclusive (next day's start, or the instant plus 1 µs).
     */
    private OffsetDateTime bound(String field, String value, boolean upper, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        text = text.strip();
        try {
            if (text.length() <= 10) {
                LocalDate day = LocalDate.parse(text);
                return (upper ? day.plusDays(1) : day).atStartOfDay(clock.getZone()).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC);
            }
            OffsetDateTime at = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MICROS);
            return upper ? at.plus(1, ChronoUnit.MICROS) : at;
        } catch (DateTimeParseException | ArithmeticException e) {
            errors.add(new FieldError(field, "must be an ISO date (2025-03-01) or date-time with offset"
                    + " (2025-03-01T08:00:00+08:00)"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
