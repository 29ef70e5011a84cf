package cn.beijing.platform.energy.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Ratings, obligations, correction orders and label/demonstration applications. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RatingStore {

    private final DatabaseClient db;

    public Mono<Void> upsert(RatingRecord r) {
        GenericExecuteSpec spec = db.sql("""
                insert into rating (building_id, year, floor_area, total_kgce, intensity, guide_value, constraint_value,
                  limits_sample, ratio_to_constraint, grade, obligations, label_eligible, demonstration_eligible,
                  green_building_label_eligible, rating_deadline, rated_on, rated_on_time, basis, rated_by, rated_at)
                values (:id, :year, :area, :kgce, :intensity, :g, :c, :sample, :ratio, :grade, :obligations, :label,
                  :demo, :green, :deadline, :ratedOn, :onTime, :basis, :by, :at)
                on conflict (building_id, year) do update set floor_area = excluded.floor_area,
                  total_kgce = excluded.total_kgce, intensity = excluded.intensity, guide_value = excluded.guide_value,
                  constraint_value = excluded.constraint_value, limits_sample = excluded.limits_sample,
                  ratio_to_constraint = excluded.ratio_to_constraint, grade = excluded.grade,
                  obligations = excluded.obligations, label_eligible = excluded.label_eligible,
                  demonstration_eligible = excluded.demonstration_eligible,
                  green_building_label_eligible = excluded.green_building_label_eligible,
                  rating_deadline = excluded.rating_deadline, rated_on = excluded.rated_on,
                  rated_on_time = excluded.rated_on_time, basis = excluded.basis, rated_by = excluded.rated_by,
                  rated_at = excluded.rated_at
                """)
                .bind("id", r.buildingId()).bind("year", r.year()).bind("area", r.floorArea())
                .bind("kgce", r.totalKgce()).bind("intensity", r.intensity()).bind("g", r.guideValue())
                .bind("c", r.constraintValue()).bind("sample", r.limitsSample()).bind("ratio", r.ratioToConstraint())
                .bind("grade", r.grade()).bind("obligations", r.obligations()).bind("label", r.labelEligible())
                .bind("demo", r.demonstrationEligible()).bind("green", r.greenBuildingLabelEligible())
                .bind("ratedOn", r.ratedOn()).bind("basis", r.basis()).bind("by", r.ratedBy())
                .bind("at", r.ratedAt());
        spec = Binds.nullable(spec, "deadline", r.ratingDeadline(), LocalDate.class);
        spec = Binds.nullable(spec, "onTime", r.ratedOnTime(), Boolean.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Flux<RatingRecord> ratings(UUID buildingId) {
        return db.sql("select * from rating where building_id = :id order by year").bind("id", buildingId)
                .mapProperties(RatingRecord.class).all();
    }

    public Mono<RatingRecord> rating(UUID buildingId, int year) {
        return db.sql("select * from rating where building_id = :id and year = :year").bind("id", buildingId)
                .bind("year", year).mapProperties(RatingRecord.class).one();
    }

    /** Inserts the obligation unless one with the same building, year and code exists; emits true when inserted. */
    public Mono<Boolean> raise(ObligationRecord o) {
        GenericExecuteSpec spec = db.sql("""
                insert into obligation (id, building_id, year, code, status, raised_on, due_on, basis)
                values (:id, :building, :year, :code, 'OPEN', :raisedOn, :dueOn, :basis)
                on conflict (building_id, year, code) do nothing
                """)
                .bind("id", o.id()).bind("building", o.buildingId()).bind("year", o.year()).bind("code", o.code())
                .bind("raisedOn", o.raisedOn()).bind("basis", o.basis());
        spec = Binds.nullable(spec, "dueOn", o.dueOn(), LocalDate.class);
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Re-opens a withdrawn obligation of the same building, year and code; emits true when one was re-opened. */
    public Mono<Boolean> reopen(UUID buildingId, int year, String code, LocalDate on) {
        return db.sql("""
                update obligation set status = 'OPEN', raised_on = :on, closed_on = null
                where building_id = :id and year = :year and code = :code and status = 'WITHDRAWN'
                """).bind("id", buildingId).bind("year", year).bind("code", code).bind("on", on)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Closes open obligations of a building and year whose code is in {@code codes}. */
    public Mono<Long> close(UUID buildingId, int year, Collection<String> codes, String status, LocalDate on) {
        if (codes.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("""
                update obligation set status = :status, closed_on = :on
                where building_id = :id and year = :year and status = 'OPEN' and code = any(:codes)
                """).bind("status", status).bind("on", on).bind("id", buildingId).bind("year", year)
                .bind("codes", codes.toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    public Mono<ObligationRecord> obligation(UUID obligationId) {
        return db.sql("select * from obligation where id = :id").bind("id", obligationId)
                .mapProperties(ObligationRecord.class).one();
    }

    public Mono<ObligationRecord> obligation(UUID buildingId, int year, String code) {
        return db.sql("select * from obligation where building_id = :id and year = :year and code = :code")
                .bind("id", buildingId).bind("year", year).bind("code", code)
                .mapProperties(ObligationRecord.class).one();
    }

    public Mono<Long> fulfil(UUID obligationId, LocalDate on) {
        return db.sql("update obligation set status = 'FULFILLED', closed_on = :on where id = :id and status = 'OPEN'")
                .bind("id", obligationId).bind("on", on).fetch().rowsUpdated();
    }

    public Flux<ObligationRecord> obligations(UUID buildingId, boolean openOnly) {
        return db.sql("select * from obligation where building_id = :id" + (openOnly ? " and status = 'OPEN'" : "")
                        + " order by year, code")
                .bind("id", buildingId).mapProperties(ObligationRecord.class).all();
    }

    public Mono<Void> orderCorrection(UUID buildingId, int year, LocalDate deadline, String by, OffsetDateTime at) {
        return db.sql("""
                insert into correction_order (building_id, year, deadline, ordered_by, ordered_at)
                values (:id, :year, :deadline, :by, :at)
                on conflict (building_id, year) do update set deadline = excluded.deadline,
                  ordered_by = excluded.ordered_by, ordered_at = excluded.ordered_at
                """).bind("id", buildingId).bind("year", year).bind("deadline", deadline).bind("by", by)
                .bind("at", at).fetch().rowsUpdated().then();
    }

    public Mono<LocalDate> correctionDeadline(UUID buildingId, int year) {
        return db.sql("select deadline from correction_order where building_id = :id and year = :year")
                .bind("id", buildingId).bind("year", year).map(row -> row.get("deadline", LocalDate.class)).one();
    }

    /** Records an application; emits false when the building already applied for that year and kind. */
    public Mono<Boolean> apply(UUID id, UUID buildingId, int year, String kind, String by, OffsetDateTime at) {
        return db.sql("""
                insert into rating_application (id, building_id, year, kind, applied_by, applied_at)
                values (:id, :building, :year, :kind, :by, :at) on conflict (building_id, year, kind) do nothing
                """).bind("id", id).bind("building", buildingId).bind("year", year).bind("kind", kind)
                .bind("by", by).bind("at", at).fetch().rowsUpdated().map(n -> n > 0);
    }

    public Flux<String> applications(UUID buildingId, int year) {
        return db.sql("select kind from rating_application where building_id = :id and year = :year order by kind")
                .bind("id", buildingId).bind("year", year).map(row -> row.get("kind", String.class)).all();
    }
}
