package cn.beijing.platform.medical.drg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.medical.events.MedicalEvents;
import cn.beijing.platform.medical.policy.drg.DrgCaseInput;
import cn.beijing.platform.medical.policy.drg.DrgCaseSettlementDecision;
import cn.beijing.platform.medical.policy.drg.DrgSettlement;
import cn.beijing.platform.medical.policy.drg.DrgWeightAdoption;
import cn.beijing.platform.medical.policy.MedicalInsuranceDocuments;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.medical.policy.drg.SpecialCaseQuota;
import cn.beijing.platform.medical.policy.drg.SpecialCaseQuotaDecision;
import cn.beijing.platform.medical.policy.drg.SpecialCaseQuotaInput;
import cn.beijing.platform.medical.store.DrgCaseStore;
import cn.beijing.platform.medical.policy.drg.DrgHospital;
import cn.beijing.platform.medical.store.QuotaCounts;
import cn.beijing.platform.medical.drg.CaseViews.CaseView;
import cn.beijing.platform.medical.store.SettledCase;
import cn.beijing.platform.medical.policy.drg.SpecialCaseStatus;
import reactor.core.publisher.Mono;

/**
 * Special-case review (特例单议, 京医保发〔2024〕24号 四): a hospital asks for review of one of its DRG-paid cases
 * (the [platform rule] high-cost flag marks candidates); the bureau approves — the case is re-settled per item by the
 * policy and a new revision of {@code medical.drg-case-settled.v1} is written — or rejects.
 * <p>
 * Quota: approvals {@code <=} 5% of the year's DRG discharge cases (per discharge year, [platform rule]: the notice
 * names no period). Each approval locks the case row, then the year's quota row ({@code select ... for update}),
 * checks with the policy's {@link SpecialCaseQuota} and increments in the same transaction: concurrent approvals are
 * serialised on that row, so the quota is never exceeded.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SpecialCaseReviews {

    private static final Basis SPECIAL_CASES = Basis.of(MedicalInsuranceDocuments.DRG_2_0, "四");

    private final DrgCaseStore cases;
    private final DrgReferenceData reference;
    private final DrgSettlement settlement;
    private final DrgWeightAdoption weightVersions;
    private final SpecialCaseQuota quota;
    private final OutboxWriter outbox;
    private final Clock clock;

    /** The hospital asks for special-case review of its own DRG-paid case. */
    public Mono<CaseView> request(UUID caseId, CurrentUser user) {
        return requestCase(caseId, user).map(CaseView::of);
    }

    private Mono<SettledCase> requestCase(UUID caseId, CurrentUser user) {
        return lockVisible(caseId, user).flatMap(c -> {
            requireDrgPaid(c);
            if (c.specialCaseStatus() != SpecialCaseStatus.NONE) {
                return Mono.error(new ConflictException("case " + caseId + " is already " + c.specialCaseStatus()));
            }
            SettledCase requested = with(c, SpecialCaseStatus.REQUESTED, null, null);
            return cases.update(requested).thenReturn(requested);
        });
    }

    public Mono<CaseView> reject(UUID caseId, CurrentUser user) {
        return rejectCase(caseId, user).map(CaseView::of);
    }

    private Mono<SettledCase> rejectCase(UUID caseId, CurrentUser user) {
        return lockVisible(caseId, user).flatMap(c -> {
            if (c.specialCaseStatus() == SpecialCaseStatus.APPROVED || c.specialCaseStatus() == SpecialCaseStatus.REJECTED) {
                return Mono.error(new ConflictException("case " + caseId + " is already " + c.specialCaseStatus()));
            }
            requireDrgPaid(c);
            SettledCase rejected = with(c, SpecialCaseStatus.REJECTED, user.subject(), now());
            return cases.update(rejected).thenReturn(rejected);
        });
    }

    /** Approves within the quota: 409 {@code SPECIAL_CASE_QUOTA_EXHAUSTED} when one more would exceed it. */
    public Mono<CaseView> approve(UUID caseId, CurrentUser user) {
        return approveCase(caseId, user).map(CaseView::of);
    }

    private Mono<SettledCase> approveCase(UUID caseId, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return lockVisible(caseId, user).flatMap(c -> {
            if (c.specialCaseStatus() == SpecialCaseStatus.APPROVED || c.specialCaseStatus() == SpecialCaseStatus.REJECTED) {
                return Mono.error(new ConflictException("case " + caseId + " is already " + c.specialCaseStatus()));
            }
            requireDrgPaid(c);
            int year = c.dischargeDate().getYear();
            return cases.lockQuota(year).flatMap(counts -> {
                SpecialCaseQuotaDecision decision = quota.evaluate(new SpecialCaseQuotaInput(
                        counts.approvedSpecialCases(), counts.drgDischargeCases(), today));
                if (!decision.mayApproveOneMore()) {
                    return Mono.error(new RuleViolationException("SPECIAL_CASE_QUOTA_EXHAUSTED",
                            counts.approvedSpecialCases() + " special cases are approved for discharges in " + year
                                    + ": the most is " + decision.maximumApprovals() + " (" + decision.quotaPercent()
                                    .toPlainString() + "% of " + counts.drgDischargeCases() + " DRG discharge cases)",
                            decision.basis()));
                }
                return reference.snapshot().flatMap(ref -> {
                    DrgCaseSettlementDecision resettled = resettleAsSpecialCase(c, ref);
                    List<Basis> basis = new ArrayList<>(resettled.basis());
                    basis.addAll(decision.basis());
                    SettledCase approved = new SettledCase(c.id(), c.hospitalCode(), c.hospitalCaseId(), c.batchId(),
                            c.groupCode(), c.insurance(), c.actualCost(), c.dischargeDate(), resettled.method(),
                            resettled.rate(), resettled.standard(), resettled.payment(), resettled.retainedSurplus(),
                            c.simulatedPayment(), c.simulatedRetainedSurplus(), c.highCostFlagged(),
                            c.highCostThreshold(), c.countsAsDrgDischarge(), SpecialCaseStatus.APPROVED,
                            user.subject(), now(), c.revision() + 1, basis, c.settledBy(), c.settledAt());
                    return cases.update(approved)
                            .then(cases.addApproval(year))
                            .then(outbox.append(MedicalEvents.DRG_CASE_SETTLED, approved.id().toString(),
                                    SettledCaseEvents.of(approved)))
                            .thenReturn(approved);
                });
            });
        });
    }

    public Mono<QuotaStatus> quota(int year) {
        LocalDate today = LocalDate.now(clock);
        return cases.quota(year).map(counts -> status(counts, today));
    }

    private QuotaStatus status(QuotaCounts counts, LocalDate today) {
        SpecialCaseQuotaDecision d = quota.evaluate(new SpecialCaseQuotaInput(counts.approvedSpecialCases(),
                counts.drgDischargeCases(), today));
        return new QuotaStatus(counts.year(), counts.drgDischargeCases(), counts.approvedSpecialCases(),
                d.maximumApprovals(), d.quotaPercent(), d.mayApproveOneMore(), d.basis());
    }

    private DrgCaseSettlementDecision resettleAsSpecialCase(SettledCase c, DrgReference ref) {
        DrgHospital hospital = ref.hospitals().get(c.hospitalCode());
        if (hospital == null) {
            throw new ConflictException("hospital " + c.hospitalCode() + " is no longer in the hospital list");
        }
        try {
            return settlement.settle(new DrgCaseInput(c.groupCode(), c.hospitalCode(), hospital.level(),
                    hospital.infectiousDiseaseSpecialty(), c.insurance(), c.actualCost(), c.dischargeDate(), true),
                    ref.groupsOn(weightVersions.versionDay(c.dischargeDate(),
                            c.settledAt().atZoneSameInstant(clock.getZone()).toLocalDate())), ref.designated());
        } catch (PolicyInputException e) {
            throw new RuleViolationException("NOT_A_DRG_PAID_CASE", "the case cannot be re-settled as a special case: "
                    + e.reason(), SPECIAL_CASES);
        }
    }

    private static void requireDrgPaid(SettledCase c) {
        if (!c.countsAsDrgDischarge()) {
            throw new RuleViolationException("NOT_A_DRG_PAID_CASE", "only DRG-paid cases can be special cases (paid "
                    + c.method() + ")", SPECIAL_CASES);
        }
    }

    private Mono<SettledCase> lockVisible(UUID caseId, CurrentUser user) {
        return Mono.fromCallable(() -> user.agencyScope(DrgCaseSettlements.BUREAU))
                .flatMap(scope -> cases.lock(caseId).filter(c -> scope.includes(c.hospitalCode())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("case " + caseId)));
    }

    private static SettledCase with(SettledCase c, SpecialCaseStatus status, String by, OffsetDateTime at) {
        return new SettledCase(c.id(), c.hospitalCode(), c.hospitalCaseId(), c.batchId(), c.groupCode(),
                c.insurance(), c.actualCost(), c.dischargeDate(), c.method(), c.rate(), c.standard(), c.payment(),
                c.retainedSurplus(), c.simulatedPayment(), c.simulatedRetainedSurplus(), c.highCostFlagged(),
                c.highCostThreshold(), c.countsAsDrgDischarge(), status, by, at, c.revision(), c.basis(),
                c.settledBy(), c.settledAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
