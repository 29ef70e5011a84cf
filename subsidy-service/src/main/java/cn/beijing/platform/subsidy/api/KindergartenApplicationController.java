package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.subsidy.api.WorkflowRequests.DecisionRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.DocumentsRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.EligibilityReviewRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.KindergartenApplicationRequest;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.kindergartens.KindergartenApplications;
import cn.beijing.platform.subsidy.kindergartens.KindergartenApplications.ApplicationView;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import cn.beijing.platform.subsidy.policy.kindergarten.AidClaim;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationSubmission;
import cn.beijing.platform.subsidy.policy.kindergarten.PreschoolAid;
import cn.beijing.platform.subsidy.policy.kindergarten.RentClaim;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;

/**
 * Kindergarten subsidy applications (京技管发〔2024〕30号): the applicant submits and completes its documents; the
 * subsidy officer reviews eligibility and decides.
 */
@RestController
@RequestMapping("/api/subsidies/kindergarten/applications")
@RequiredArgsConstructor
class KindergartenApplicationController {

    private static final String BASE = "/api/subsidies/kindergarten/applications";

    private final KindergartenApplications applications;
    private final Commands commands;

    @Operation(summary = "Apply for kindergarten subsidies with the documents (京技管发〔2024〕30号 第十二条, 第十三条)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<ApplicationView>> submit(@Valid @RequestBody KindergartenApplicationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE, request, ApplicationView.class, HttpStatus.CREATED,
                user -> applications.submit(user, new ApplicationSubmission(request.kindergartenId(),
                        request.year(), request.kinds(), request.documents(), request.appliedOn(),
                        request.rent() == null ? null : new RentClaim(
                                request.rent().actualRentPerSquareMetrePerDay(), request.rent().leasedArea(),
                                request.rent().children(), request.rent().perChildAreaCap(),
                                request.rent().periodStart(), request.rent().periodEnd(),
                                request.rent().signedWithOwner(), request.rent().newKindergarten(),
                                request.rent().leaseStart(), request.rent().leaseEnd(),
                                request.rent().thirdPartyAppraisalReport()),
                        request.aid() == null ? null : new AidClaim(
                                request.aid().children().stream().map(c -> new PreschoolAid.AidChild(c.id(),
                                        c.meetsAidConditions(), c.approvedByEducationAuthority(), c.monthsAided()))
                                        .toList()))));
    }

    @Operation(summary = "Kindergarten subsidy applications (京技管发〔2024〕30号 第十二条)")
    @GetMapping
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<List<ApplicationView>> list(@RequestParam(required = false) ApplicationStatus status) {
        return Callers.current().flatMap(user -> applications.list(user, status).collectList());
    }

    @Operation(summary = "One kindergarten subsidy application (京技管发〔2024〕30号 第十二条)")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<ApplicationView> get(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> applications.get(user, id));
    }

    /** 第十三条: the applicant completes its documents before the decision. */
    @Operation(summary = "Complete an application's documents (京技管发〔2024〕30号 第十三条)")
    @PutMapping("/{id}/documents")
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<ApplicationView>> documents(@PathVariable UUID id, @Valid @RequestBody DocumentsRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "PUT " + BASE + "/" + id + "/documents", request, ApplicationView.class,
                HttpStatus.OK, user -> applications.replaceDocuments(user, id, request.documents()));
    }

    /** 第二条, 第十二条 and the amounts of 第五条, 第六条, 第八条. */
    @Operation(summary = "Review eligibility and compute the amounts (京技管发〔2024〕30号 第二条, 第十二条, 第五条, 第六条, 第八条)")
    @PostMapping("/{id}/eligibility-review")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ApplicationView>> review(@PathVariable UUID id,
            @Valid @RequestBody EligibilityReviewRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/eligibility-review", request, ApplicationView.class,
                HttpStatus.OK, user -> applications.review(id, new KindergartenEligibility.Applicant(
                        request.recognisedInclusive(), request.admissionsFollowPublicKindergartenRules(),
                        request.records(), request.meetsOperatingAndSafetyConditions(), request.annualInspection(),
                        request.municipalSupervision()), request.reviewedOn()));
    }

    /** Approve (every condition met, else 409 naming each failure with its article) or reject. */
    @Operation(summary = "Approve or reject an application (京技管发〔2024〕30号 第十二条)")
    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ApplicationView>> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/decision", request, ApplicationView.class,
                HttpStatus.OK, user -> applications.decide(id, request.approve(), request.decidedOn(),
                        request.reason()));
    }
}
