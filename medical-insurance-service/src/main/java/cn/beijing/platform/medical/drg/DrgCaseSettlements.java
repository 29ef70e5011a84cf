package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.medical.events.MedicalEvents;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.medical.drg.CaseViews.BatchView;
import cn.beijing.platform.medical.drg.CaseViews.CaseView;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.medical.policy.drg.DrgCaseInput;
import cn.beijing.platform.medical.policy.drg.DrgCaseSettlementDecision;
import cn.beijing.platform.medical.policy.drg.DrgPaymentMethod;
import cn.beijing.platform.medical.policy.drg.DrgSettlement;
import cn.beijing.platform.medical.policy.drg.DrgWeightAdoption;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.medical.store.CaseBatch;
import cn.beijing.platform.medical.store.DrgCaseStore;
import cn.beijing.platform.medical.policy.drg.DrgHospital;
import cn.beijing.platform.common.paging.Page;
import cn.beijing.platform.medical.store.SettledCase;
import cn.beijing.platform.medical.policy.drg.SpecialCaseStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Settles discharged cases under 京医保发〔2024〕24号 with the policy's {@link DrgSettlement}, against one snapshot of
 * the imported group table (with its adopted weight versions: each case is priced with the version in force on its
 * discharge day, {@link DrgWeightAdoption#versionDay}) and hospital list:
 * <ol>
 * <li>a HOSPITAL settles only its own cases ({@code agency} claim = hospital code), else 403;</li>
 * <li>every case is decided first; any bad case (negative cost, unknown group, hospital not in the list, discharge
 * before 2025-01-01, a reference twice) → 422 naming {@code cases[i].field}, nothing written;</li>
 * <li>then, in the caller's transaction: the batch row, the cases ({@value DrgCaseStore#CHUNK} per statement), one
 * {@code medical.drg-case-settled.v1} outbox row per case (same chunking), and the DRG discharge counts of the
 * special-case quota (one statement).</li>
 * </ol>
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DrgCaseSettlements {

    private static final Logger log = LoggerFactory.getLogger(DrgCaseSettlements.class);

    /** The role that sees and acts on every hospital's cases; a HOSPITAL is scoped to its {@code agency} claim. */
    public static final String BUREAU = "MEDICAL_BUREAU";

    /** Largest batch accepted by one request. */
    public static final int MAX_BATCH = 200_000;

    private final DrgSettlement settlement;
    private final DrgWeightAdoption weightVersions;
    private final DrgReferenceData reference;
    private final DrgCaseStore cases;
    private final OutboxWriter outbox;
    private final Clock clock;

    public Mono<CaseView> settleOne(CaseCommand command, CurrentUser user) {
        return settle(List.of(command), false, user).map(outcome -> CaseView.of(outcome.cases().get(0)));
    }

    public Mono<BatchView> settleBatch(List<CaseCommand> commands, CurrentUser user) {
        return settle(commands, true, user).map(BatchView::of);
    }

    private Mono<SettlementOutcome> settle(List<CaseCommand> commands, boolean batch, CurrentUser user) {
        return Mono.defer(() -> {
            checkOwnHospital(commands, user);
            long started = System.nanoTime();
            long[] decided = new long[1];
            return reference.snapshot()
                    .publishOn(Schedulers.parallel())
                    .map(ref -> decideAll(commands, batch, ref, user))
                    .doOnNext(outcome -> decided[0] = System.nanoTime())
                    .flatMap(outcome -> refuseAlreadySettled(outcome.cases()).then(write(outcome)))
                    .doOnNext(outcome -> {
                        if (batch) {
                            log.info("settled a batch of {} cases: decided in {} ms, written in {} ms",
                                    outcome.cases().size(), (decided[0] - started) / 1_000_000,
                                    (System.nanoTime() - decided[0]) / 1_000_000);
                        }
                    })
                    // a concurrent request settled the same reference first: the unique key refuses the second
                    .onErrorMap(DuplicateKeyException.class, e -> new ConflictException(
                            "a case of this request was settled concurrently; a hospitalCaseId is settled once"));
        });
    }

    private static void checkOwnHospital(List<CaseCommand> commands, CurrentUser user) {
        CurrentUser.AgencyScope scope = user.agencyScope(BUREAU);
        for (CaseCommand c : commands) {
            if (c.hospitalCode() != null && !scope.includes(c.hospitalCode())) {
                throw new AccessDeniedException("a hospital settles its own cases only");
            }
        }
    }

    private SettlementOutcome decideAll(List<CaseCommand> commands, boolean batch, DrgReference ref, CurrentUser user) {
        ImportErrors errors = new ImportErrors();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock);
        UUID batchId = batch ? UUID.randomUUID() : null;
        List<SettledCase> settled = new ArrayList<>(commands.size());
        Map<String, Integer> seen = new HashMap<>();
        BigDecimal totalCost = BigDecimal.ZERO;
        BigDecimal totalPayment = BigDecimal.ZERO;
        for (int i = 0; i < commands.size(); i++) {
            CaseCommand c = commands.get(i);
            String prefix = batch ? "cases[" + i + "]." : "";
            DrgHospital hospital = c.hospitalCode() == null ? null : ref.hospitals().get(c.hospitalCode());
            int before = errors.count();
            if (hospital == null) {
                errors.add(prefix + "hospitalCode", c.hospitalCode() == null ? "is required"
                        : "is not in the imported hospital list (京医保发〔2024〕24号 三, 附件3)");
            }
            if (c.hospitalCaseId() != null) {
                Integer first = seen.putIfAbsent(c.hospitalCode() + "\u0000" + c.hospitalCaseId(), i);
                if (first != null) {
                    errors.add(prefix + "hospitalCaseId", "appears twice in the request (first at cases[" + first + "])");
                }
            }
            if (c.dischargeDate() != null && c.dischargeDate().isAfter(today)) {
                errors.add(prefix + "dischargeDate", "is in the future");
            }
            DrgCaseSettlementDecision decision = null;
            try {
                decision = settlement.settle(new DrgCaseInput(c.groupCode(), c.hospitalCode(),
                        hospital == null ? null : hospital.level(), hospital != null && hospital.infectiousDiseaseSpecialty(),
                        c.insurance(), c.actualCost(), c.dischargeDate(), false),
                        ref.groupsOn(c.dischargeDate() == null ? null
                                : weightVersions.versionDay(c.dischargeDate(), today)), ref.designated());
            } catch (PolicyInputException e) {
                errors.add(prefix + e.field(), e.reason());
            }
            if (errors.count() != before || decision == null) {
                continue;
            }
            SettledCase s = settledCase(c, decision, batchId, user.subject(), now);
            settled.add(s);
            totalCost = totalCost.add(s.actualCost());
            totalPayment = totalPayment.add(s.payment());
        }
        errors.throwIfAny();
        CaseBatch caseBatch = batch ? new CaseBatch(batchId, commands.isEmpty() ? null : commands.get(0).hospitalCode(),
                settled.size(), totalCost, totalPayment, user.subject(), now) : null;
        return new SettlementOutcome(caseBatch, settled);
    }

    static SettledCase settledCase(CaseCommand c, DrgCaseSettlementDecision d, UUID batchId, String by,
                                   OffsetDateTime at) {
        boolean drgDischarge = d.method() == DrgPaymentMethod.DRG
                || d.method() == DrgPaymentMethod.DRG_KEPT_PREVIOUS_STANDARD;
        return new SettledCase(UUID.randomUUID(), c.hospitalCode(), c.hospitalCaseId(), batchId, d.groupCode(),
                c.insurance(), c.actualCost(), c.dischargeDate(), d.method(), d.rate(), d.standard(), d.payment(),
                d.retainedSurplus(), d.simulation() == null ? null : d.simulation().payment(),
                d.simulation() == null ? null : d.simulation().retainedSurplus(),
                d.highCost() == null ? null : d.highCost().flagged(),
                d.highCost() == null ? null : d.highCost().threshold(), drgDischarge, SpecialCaseStatus.NONE, null,
                null, 1, d.basis(), by, at);
    }

    private Mono<Void> refuseAlreadySettled(List<SettledCase> settled) {
        Map<String, List<String>> byHospital = new LinkedHashMap<>();
        for (SettledCase c : settled) {
            byHospital.computeIfAbsent(c.hospitalCode(), h -> new ArrayList<>()).add(c.hospitalCaseId());
        }
        return Flux.fromIterable(byHospital.entrySet())
                .concatMap(e -> cases.alreadySettled(e.getKey(), e.getValue()).take(1)
                        .map(id -> e.getKey() + "/" + id))
                .next()
                .flatMap(first -> Mono.error(new ConflictException("case " + first
                        + " was already settled; a hospitalCaseId is settled once")));
    }

    private Mono<SettlementOutcome> write(SettlementOutcome outcome) {
        List<OutboxWriter.Event> events = new ArrayList<>(outcome.cases().size());
        Map<Integer, Long> drgDischargesByYear = new TreeMap<>();
        for (SettledCase c : outcome.cases()) {
            events.add(new OutboxWriter.Event(c.id().toString(), SettledCaseEvents.of(c)));
            if (c.countsAsDrgDischarge()) {
                drgDischargesByYear.merge(c.dischargeDate().getYear(), 1L, Long::sum);
            }
        }
        Mono<Void> batchRow = outcome.batch() == null ? Mono.empty() : cases.insertBatch(outcome.batch());
        // cases and their events are written concurrently on the transaction's connection: while the database
        // inserts one chunk, the next one is being serialised
        return batchRow
                .then(Mono.when(cases.insertAll(outcome.cases()),
                        outbox.appendAll(MedicalEvents.DRG_CASE_SETTLED, events)))
                .then(cases.addDrgDischarges(drgDischargesByYear))
                .thenReturn(outcome);
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    /** A case the caller may see: the bureau sees every case, a hospital only its own (others are "not found"). */
    public Mono<CaseView> find(UUID id, CurrentUser user) {
        return Mono.fromCallable(() -> user.agencyScope(BUREAU))
                .flatMap(scope -> cases.find(id).filter(c -> scope.includes(c.hospitalCode())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("case " + id)))
                .map(CaseView::of);
    }

    /** A batch the caller may see, with its counts per method. */
    public Mono<BatchView> findBatch(UUID id, CurrentUser user) {
        return Mono.fromCallable(() -> user.agencyScope(BUREAU))
                .flatMap(scope -> cases.findBatch(id).filter(b -> scope.includes(b.hospitalCode())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("batch " + id)))
                .flatMap(b -> cases.batchCounts(b.id()).map(counts -> BatchView.of(b, counts)));
    }

    public Mono<Page<CaseView>> search(String hospitalCode, UUID batchId, SpecialCaseStatus status,
                                          Boolean highCostFlagged, int page, int size, CurrentUser user) {
        // the bureau filters by any hospital or none; a hospital sees its own cases (no agency claim: 403)
        return Mono.fromCallable(() -> Optional.ofNullable(user.agencyScope(BUREAU).filter(hospitalCode)))
                .flatMap(hospital -> cases.search(hospital.orElse(null), batchId, status, highCostFlagged, page, size))
                .map(p -> new Page<>(p.items().stream().map(CaseView::of).toList(), p.page(), p.size(), p.total()));
    }
}
