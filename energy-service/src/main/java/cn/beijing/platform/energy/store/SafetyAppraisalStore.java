package cn.beijing.platform.energy.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Class-1 safety appraisals (京建法〔2024〕14号 第七条第二款), append-only. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SafetyAppraisalStore {

    /**
     * @param dangerGrade              A–D or {@code null}
     * @param structuralOrSeismicGrade A–D or {@code null}
     * @param movement                 ENTERED, LEFT or UNCHANGED: what recording it did to the building's class 1
     */
    public record Appraisal(UUID id, UUID buildingId, LocalDate appraisedOn, String dangerGrade,
                            String structuralOrSeismicGrade, LocalDate measuresCompletedOn, String reportReference,
                            boolean classOneBefore, boolean classOneAfter, String movement, String reasons,
                            String obligations, String basis, String recordedBy, OffsetDateTime recordedAt) {
    }

    private final DatabaseClient db;

    public Mono<Void> insert(Appraisal a) {
        GenericExecuteSpec spec = db.sql("""
                insert into safety_appraisal (id, building_id, appraised_on, danger_grade, structural_or_seismic_grade,
                  measures_completed_on, report_reference, class_one_before, class_one_after, movement, reasons,
                  obligations, basis, recorded_by, recorded_at)
                values (:id, :building, :appraised, :danger, :structural, :completed, :report, :before, :after,
                  :movement, :reasons, :obligations, :basis, :by, :at)
                """).bind("id", a.id()).bind("building", a.buildingId()).bind("appraised", a.appraisedOn())
                .bind("report", a.reportReference()).bind("before", a.classOneBefore())
                .bind("after", a.classOneAfter()).bind("movement", a.movement()).bind("reasons", a.reasons())
                .bind("obligations", a.obligations()).bind("basis", a.basis()).bind("by", a.recordedBy())
                .bind("at", a.recordedAt());
        spec = Binds.nullable(spec, "danger", a.dangerGrade(), String.class);
        spec = Binds.nullable(spec, "structural", a.structuralOrSeismicGrade(), String.class);
        spec = Binds.nullable(spec, "completed", a.measuresCompletedOn(), LocalDate.class);
        return spec.fetch().rowsUpdated().then();
    }

    /** The appraisal that counts: the latest by appraisal day, then by recording order. */
    public Mono<Appraisal> latest(UUID buildingId) {
        return db.sql("""
                select * from safety_appraisal where building_id = :id
                order by appraised_on desc, recorded_seq desc limit 1""")
                .bind("id", buildingId).mapProperties(Appraisal.class).one();
    }

    /** Every appraisal of a building, oldest first. */
    public Flux<Appraisal> all(UUID buildingId) {
        return db.sql("select * from safety_appraisal where building_id = :id order by appraised_on, recorded_seq")
                .bind("id", buildingId).mapProperties(Appraisal.class).all();
    }
}
