package cn.beijing.platform.medical.store;

import cn.beijing.platform.common.paging.Criteria;
import cn.beijing.platform.common.paging.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.drg.DrgPaymentMethod;
import cn.beijing.platform.medical.policy.drg.Insurance;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import cn.beijing.platform.medical.policy.drg.SpecialCaseStatus;

/**
 * Settled cases, their batches and the special-case quota counters. Cases are written {@value #CHUNK} per statement
 * (one {@code insert ... select from json_to_recordset(...)} per chunk, two chunks in flight), never one round trip
 * per case.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DrgCaseStore {

    public static final int CHUNK = 2000;
    private static final TypeReference<List<Basis>> BASIS = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonMapper json;

    // ---- cases ------------------------------------------------------------------------------------------------

    public Mono<Void> insertAll(List<SettledCase> cases) {
        Map<List<Basis>, String> basisJson = new ConcurrentHashMap<>();
        List<List<SettledCase>> parts = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += CHUNK) {
            parts.add(cases.subList(from, Math.min(cases.size(), from + CHUNK)));
        }
        // two chunks in flight: the next chunk is encoded while the database writes the previous one
        return Flux.fromIterable(parts).flatMapSequential(part -> insertChunk(part, basisJson), 2).then();
    }

    /** One row of a chunk as it travels to the database (short names keep the JSON small). */
    private record Row(UUID id, String h, String c, String g, String i, BigDecimal cost, LocalDate d, String m,
                       BigDecimal rate, BigDecimal std, BigDecimal pay, BigDecimal ret, BigDecimal sp, BigDecimal sr,
                       Boolean f, BigDecimal thr, boolean n, String b) {
    }

    /**
     * One chunk as one JSON array bound to one parameter, expanded by {@code json_to_recordset} into typed rows;
     * the values every case of a request shares (batch, settled by/at, initial status) are single binds. One
     * statement per chunk, one parameter to encode, parsing done by the database in C.
     */
    private Mono<Long> insertChunk(List<SettledCase> cases, Map<List<Basis>, String> basisJson) {
        SettledCase head = cases.get(0);
        List<Row> rows = new ArrayList<>(cases.size());
        for (SettledCase c : cases) {
            if (!Objects.equals(c.batchId(), head.batchId()) || !c.settledBy().equals(head.settledBy())
                    || !c.settledAt().equals(head.settledAt()) || c.specialCaseStatus() != SpecialCaseStatus.NONE) {
                throw new IllegalArgumentException("a chunk holds new cases of one request");
            }
            rows.add(new Row(c.id(), c.hospitalCode(), c.hospitalCaseId(), c.groupCode(), c.insurance().name(),
                    c.actualCost(), c.dischargeDate(), c.method().name(), c.rate(), c.standard(), c.payment(),
                    c.retainedSurplus(), c.simulatedPayment(), c.simulatedRetainedSurplus(), c.highCostFlagged(),
                    c.highCostThreshold(), c.countsAsDrgDischarge(),
                    basisJson.computeIfAbsent(c.basis(), json::writeValueAsString)));
        }
        var insert = db.sql("""
                        insert into drg_case (id, hospital_code, hospital_case_id, batch_id, group_code, insurance,
                                              actual_cost, discharge_date, method, rate, standard, payment,
                                              retained_surplus, simulated_payment, simulated_retained_surplus,
                                              high_cost_flagged, high_cost_threshold, counts_as_drg_discharge,
                                              special_case_status, basis, settled_by, settled_at)
                        select t.id, t.h, t.c, cast(:batch as uuid), t.g, t.i, t.cost, t.d, t.m, t.rate, t.std, t.pay,
                               t.ret, t.sp, t.sr, t.f, t.thr, t.n, 'NONE', cast(t.b as json), :by, :at
                        from json_to_recordset(cast(:rows as json))
                             as t(id uuid, h text, c text, g text, i text, cost numeric, d date, m text,
                                  rate numeric, std numeric, pay numeric, ret numeric, sp numeric, sr numeric,
                                  f boolean, thr numeric, n boolean, b text)
                        """)
                .bind("rows", json.writeValueAsString(rows)).bind("by", head.settledBy()).bind("at", head.settledAt());
        insert = head.batchId() == null ? insert.bindNull("batch", String.class)
                : insert.bind("batch", head.batchId().toString());
        return insert.fetch().rowsUpdated();
    }

    /** Which of these (hospital, case reference) pairs were already settled. */
    public Flux<String> alreadySettled(String hospitalCode, List<String> hospitalCaseIds) {
        if (hospitalCaseIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                        select hospital_case_id from drg_case
                        where hospital_code = :hospital and hospital_case_id = any(cast(:ids as text[]))
                        """)
                .bind("hospital", hospitalCode).bind("ids", hospitalCaseIds.toArray(String[]::new))
                .map(row -> row.get("hospital_case_id", String.class)).all();
    }

    public Mono<SettledCase> find(UUID id) {
        return db.sql("select * from drg_case where id = :id").bind("id", id).map(this::read).one();
    }

    /** Reads the case and locks its row until the transaction ends. */
    public Mono<SettledCase> lock(UUID id) {
        return db.sql("select * from drg_case where id = :id for update").bind("id", id).map(this::read).one();
    }

    public Mono<Void> update(SettledCase c) {
        var spec = db.sql("""
                        update drg_case set method = :method, payment = :payment, retained_surplus = :retained,
                            special_case_status = :status, special_case_decided_by = :decidedBy,
                            special_case_decided_at = :decidedAt, revision = :revision, basis = cast(:basis as json)
                        where id = :id
                        """)
                .bind("id", c.id()).bind("method", c.method().name()).bind("payment", c.payment())
                .bind("retained", c.retainedSurplus()).bind("status", c.specialCaseStatus().name())
                .bind("revision", c.revision()).bind("basis", json.writeValueAsString(c.basis()));
        spec = c.specialCaseDecidedBy() == null ? spec.bindNull("decidedBy", String.class)
                : spec.bind("decidedBy", c.specialCaseDecidedBy());
        spec = c.specialCaseDecidedAt() == null ? spec.bindNull("decidedAt", OffsetDateTime.class)
                : spec.bind("decidedAt", c.specialCaseDecidedAt());
        return spec.fetch().rowsUpdated().then();
    }

    /** Filtered listing, newest first; null criteria ignored. */
    public Mono<Page<SettledCase>> search(String hospitalCode, UUID batchId, SpecialCaseStatus status,
                                          Boolean highCostFlagged, int page, int size) {
        return new Criteria()
                .and("hospital_code = :hospital", "hospital", hospitalCode)
                .and("batch_id = :batch", "batch", batchId)
                .and("special_case_status = :status", "status", status == null ? null : status.name())
                .and("high_cost_flagged = :flagged", "flagged", highCostFlagged)
                .page(db, "drg_case", "settled_at desc, id", this::read, page, size);
    }

    /** Group code and cost (in fen) of the cases discharged in a window, for weight computation. */
    public Flux<CaseCost> costs(LocalDate dischargeFrom, LocalDate dischargeTo) {
        return db.sql("""
                        select group_code, (actual_cost * 100)::bigint as fen from drg_case
                        where discharge_date between :from and :to
                        """)
                .bind("from", dischargeFrom).bind("to", dischargeTo)
                .map(row -> new CaseCost(row.get("group_code", String.class), row.get("fen", Long.class)))
                .all();
    }

    /** A stored case's group and cost in fen. */
    public record CaseCost(String groupCode, long fen) {
    }

    private SettledCase read(Readable row) {
        String decidedBy = row.get("special_case_decided_by", String.class);
        return new SettledCase(row.get("id", UUID.class), row.get("hospital_code", String.class),
                row.get("hospital_case_id", String.class), row.get("batch_id", UUID.class),
                row.get("group_code", String.class), Insurance.valueOf(row.get("insurance", String.class)),
                row.get("actual_cost", BigDecimal.class), row.get("discharge_date", LocalDate.class),
                DrgPaymentMethod.valueOf(row.get("method", String.class)), row.get("rate", BigDecimal.class),
                row.get("standard", BigDecimal.class), row.get("payment", BigDecimal.class),
                row.get("retained_surplus", BigDecimal.class), row.get("simulated_payment", BigDecimal.class),
                row.get("simulated_retained_surplus", BigDecimal.class), row.get("high_cost_flagged", Boolean.class),
                row.get("high_cost_threshold", BigDecimal.class),
                Boolean.TRUE.equals(row.get("counts_as_drg_discharge", Boolean.class)),
                SpecialCaseStatus.valueOf(row.get("special_case_status", String.class)), decidedBy,
                row.get("special_case_decided_at", OffsetDateTime.class), row.get("revision", Integer.class),
                json.readValue(row.get("basis", String.class), BASIS), row.get("settled_by", String.class),
                row.get("settled_at", OffsetDateTime.class));
    }

    // ---- batches ----------------------------------------------------------------------------------------------

    public Mono<Void> insertBatch(CaseBatch batch) {
        return db.sql("""
                        insert into drg_case_batch (id, hospital_code, case_count, total_cost, total_payment, settled_by,
                                                    settled_at)
                        values (:id, :hospitalCode, :caseCount, :totalCost, :totalPayment, :settledBy, :settledAt)
                        """)
                .bindProperties(batch)
                .fetch().rowsUpdated().then();
    }

    public Mono<CaseBatch> findBatch(UUID id) {
        return db.sql("select * from drg_case_batch where id = :id").bind("id", id)
                .mapProperties(CaseBatch.class)
                .one();
    }

    /** Cases of a batch per payment method, and how many were flagged high-cost. */
    public Mono<BatchCounts> batchCounts(UUID batchId) {
        return db.sql("""
                        select method, count(*) as n, count(*) filter (where high_cost_flagged) as flagged
                        from drg_case where batch_id = :id group by method
                        """)
                .bind("id", batchId)
                .map(row -> new Object[] {DrgPaymentMethod.valueOf(row.get("method", String.class)),
                        row.get("n", Long.class), row.get("flagged", Long.class)})
                .all()
                .collectList()
                .map(rows -> {
                    Map<DrgPaymentMethod, Long> byMethod = new java.util.EnumMap<>(DrgPaymentMethod.class);
                    long flagged = 0;
                    for (Object[] r : rows) {
                        byMethod.put((DrgPaymentMethod) r[0], (Long) r[1]);
                        flagged += (Long) r[2];
                    }
                    return new BatchCounts(byMethod, flagged);
                });
    }

    /** Per-method counts of a batch and its high-cost flags. */
    public record BatchCounts(Map<DrgPaymentMethod, Long> byMethod, long highCostFlagged) {
    }

    // ---- special-case quota -----------------------------------------------------------------------------------

    /** Adds DRG discharge cases to the quota counters of their discharge years (one statement). */
    public Mono<Void> addDrgDischarges(Map<Integer, Long> casesByYear) {
        if (casesByYear.isEmpty()) {
            return Mono.empty();
        }
        TextArrays a = new TextArrays(casesByYear.size(), "years", "counts");
        int i = 0;
        for (Map.Entry<Integer, Long> e : casesByYear.entrySet()) {
            a.set("years", i, e.getKey());
            a.set("counts", i, e.getValue());
            i++;
        }
        return a.bind(db.sql("""
                        insert into drg_special_case_quota (year, drg_discharge_cases)
                        select cast(t.y as integer), cast(t.n as bigint)
                        from unnest(cast(:years as text[]), cast(:counts as text[])) as t(y, n)
                        order by 1
                        on conflict (year) do update
                            set drg_discharge_cases = drg_special_case_quota.drg_discharge_cases
                                                      + excluded.drg_discharge_cases
                        """)).fetch().rowsUpdated().then();
    }

    /** The year's counters, row-locked until the transaction ends: concurrent approvals queue here. */
    public Mono<QuotaCounts> lockQuota(int year) {
        return db.sql("insert into drg_special_case_quota (year) values (:year) on conflict (year) do nothing")
                .bind("year", year).fetch().rowsUpdated()
                .then(db.sql("select * from drg_special_case_quota where year = :year for update")
                        .bind("year", year).mapProperties(QuotaCounts.class).one());
    }

    public Mono<QuotaCounts> quota(int year) {
        return db.sql("select * from drg_special_case_quota where year = :year").bind("year", year)
                .mapProperties(QuotaCounts.class).one()
                .defaultIfEmpty(new QuotaCounts(year, 0, 0));
    }

    public Mono<Void> addApproval(int year) {
        return db.sql("update drg_special_case_quota set approved_special_cases = approved_special_cases + 1 where year = :year")
                .bind("year", year).fetch().rowsUpdated().then();
    }
}
