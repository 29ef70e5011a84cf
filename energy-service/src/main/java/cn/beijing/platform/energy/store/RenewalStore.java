package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.beijing.platform.policy.calendar.PeriodCounting;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The renewal ledger of 京建法〔2024〕14号: its copy of rated intensities, identifications, nominations, plans. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RenewalStore {

    public record LedgerIntensity(UUID buildingId, int year, BigDecimal intensity, BigDecimal constraintValue,
                                  String eventId) {
    }

    public record Identification(UUID buildingId, int assessmentYear, boolean classOne, boolean classTwo,
                                 String reasons, String obligations, String basis, LocalDate identifiedOn) {
    }

    public record Nomination(UUID id, UUID buildingId, String nominatedBy, boolean selfNominated, String criteria,
                             String status, String decidedBy, LocalDate decidedOn, OffsetDateTime createdAt) {
    }

    public record Priority(UUID buildingId, boolean priority, boolean preconditionsMet, String categories,
                           String basis, LocalDate evaluatedOn, String evaluatedBy) {
    }

    /** @param counting how the notice's working days were counted (plans recorded before issue 12: FROM_SAME_DAY) */
    public record Plan(UUID id, UUID buildingId, String title, LocalDate approvedOn, LocalDate publishedOn,
                       int minimumWorkingDays, PeriodCounting counting, LocalDate earliestLastDay,
                       LocalDate firstDayAfterNotice, LocalDate plannedLastDay, String basis, String recordedBy,
                       OffsetDateTime recordedAt) {
    }

    private final DatabaseClient db;

    /** Keeps the latest figures of a building and year (a re-rating replaces them). */
    public Mono<Void> keepIntensity(LedgerIntensity i, OffsetDateTime receivedAt) {
        return db.sql("""
                insert into renewal_intensity (building_id, year, intensity, constraint_value, event_id, received_at)
                values (:id, :year, :e, :c, :event, :at)
                on conflict (building_id, year) do update set intensity = excluded.intensity,
                  constraint_value = excluded.constraint_value, event_id = excluded.event_id,
                  received_at = excluded.received_at
                """).bind("id", i.buildingId()).bind("year", i.year()).bind("e", i.intensity())
                .bind("c", i.constraintValue()).bind("event", i.eventId()).bind("at", receivedAt)
                .fetch().rowsUpdated().then();
    }

    public Flux<LedgerIntensity> intensities(UUID buildingId) {
        return db.sql("select * from renewal_intensity where building_id = :id order by year").bind("id", buildingId)
                .mapProperties(LedgerIntensity.class)
                .all();
    }

    /** Emits true when this identification is new. */
    public Mono<Boolean> identify(Identification i) {
        return db.sql("""
                insert into old_building_identification (building_id, assessment_year, class_one, class_two, reasons,
                  obligations, basis, identified_on) values (:id, :year, :one, :two, :reasons, :obligations, :basis, :on)
                on conflict (building_id, assessment_year) do nothing
                """).bind("id", i.buildingId()).bind("year", i.assessmentYear()).bind("one", i.classOne())
                .bind("two", i.classTwo()).bind("reasons", i.reasons()).bind("obligations", i.obligations())
                .bind("basis", i.basis()).bind("on", i.identifiedOn())
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Flux<Identification> identifications(UUID buildingId) {
        return db.sql("select * from old_building_identification where building_id = :id order by assessment_year")
                .bind("id", buildingId)
                .mapProperties(Identification.class)
                .all();
    }

    public Mono<Void> nominate(Nomination n) {
        return db.sql("""
                insert into low_efficiency_nomination (id, building_id, nominated_by, self_nominated, criteria, status,
                  created_at) values (:id, :building, :by, :self, :criteria, :status, :at)
                """).bind("id", n.id()).bind("building", n.buildingId()).bind("by", n.nominatedBy())
                .bind("self", n.selfNominated()).bind("criteria", n.criteria()).bind("status", n.status())
                .bind("at", n.createdAt()).fetch().rowsUpdated().then();
    }

    /** Decides a pending nomination; emits the number of rows changed (0 when not pending). */
    public Mono<Long> decideNomination(UUID id, String status, String by, LocalDate on) {
        return db.sql("""
                update low_efficiency_nomination set status = :status, decided_by = :by, decided_on = :on
                where id = :id and status = 'NOMINATED'
                """).bind("id", id).bind("status", status).bind("by", by).bind("on", on).fetch().rowsUpdated();
    }

    public Mono<Nomination> nomination(UUID id) {
        return db.sql("select * from low_efficiency_nomination where id = :id").bind("id", id)
                .mapProperties(Nomination.class).one();
    }

    public Flux<Nomination> nominations(UUID buildingId) {
        return db.sql("select * from low_efficiency_nomination where building_id = :id order by created_at")
                .bind("id", buildingId).mapProperties(Nomination.class).all();
    }

    public Mono<Void> keepPriority(Priority p) {
        return db.sql("""
                insert into renewal_priority (building_id, priority, preconditions_met, categories, basis, evaluated_on,
                  evaluated_by) values (:id, :priority, :pre, :categories, :basis, :on, :by)
                on conflict (building_id) do update set priority = excluded.priority,
                  preconditions_met = excluded.preconditions_met, categories = excluded.categories,
                  basis = excluded.basis, evaluated_on = excluded.evaluated_on, evaluated_by = excluded.evaluated_by
                """).bind("id", p.buildingId()).bind("priority", p.priority()).bind("pre", p.preconditionsMet())
                .bind("categories", p.categories()).bind("basis", p.basis()).bind("on", p.evaluatedOn())
                .bind("by", p.evaluatedBy()).fetch().rowsUpdated().then();
    }

    public Mono<Priority> priority(UUID buildingId) {
        return db.sql("select * from renewal_priority where building_id = :id").bind("id", buildingId)
                .mapProperties(Priority.class)
                .one();
    }

    public Mono<Void> recordPlan(Plan p) {
        GenericExecuteSpec spec = db.sql("""
                insert into renewal_plan (id, building_id, title, approved_on, published_on, minimum_working_days,
                  period_counting, earliest_last_day, first_day_after_notice, planned_last_day, basis, recorded_by,
                  recorded_at)
                values (:id, :building, :title, :approved, :published, :days, :counting, :last, :after, :planned,
                  :basis, :by, :at)
                """).bind("id", p.id()).bind("building", p.buildingId()).bind("title", p.title())
                .bind("approved", p.approvedOn()).bind("published", p.publishedOn())
                .bind("days", p.minimumWorkingDays()).bind("counting", p.counting().name())
                .bind("last", p.earliestLastDay())
                .bind("after", p.firstDayAfterNotice()).bind("basis", p.basis()).bind("by", p.recordedBy())
                .bind("at", p.recordedAt());
        spec = Binds.nullable(spec, "planned", p.plannedLastDay(), LocalDate.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Flux<Plan> plans(UUID buildingId) {
        return db.sql("select * from renewal_plan where building_id = :id order by published_on").bind("id", buildingId)
                .map(row -> new Plan(row.get("id", UUID.class), row.get("building_id", UUID.class),
                        row.get("title", String.class), row.get("approved_on", LocalDate.class),
                        row.get("published_on", LocalDate.class), row.get("minimum_working_days", Integer.class),
                        PeriodCounting.valueOf(row.get("period_counting", String.class)),
                        row.get("earliest_last_day", LocalDate.class), row.get("first_day_after_notice", LocalDate.class),
                        row.get("planned_last_day", LocalDate.class), row.get("basis", String.class),
                        row.get("recorded_by", String.class), row.get("recorded_at", OffsetDateTime.class)))
                .all();
    }
}
