package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
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

/** Utility settlements, survey quotas and spot-check draws. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatisticsStore {

    public record Settlement(UUID buildingId, int year, String carrier, BigDecimal quantity, String utility,
                             String utilityAgency, OffsetDateTime submittedAt) {
    }

    public record Quota(int surveyYear, String district, int quota, LocalDate publishedOn, String publishedBy) {
    }

    /** A recorded draw; id lists are JSON arrays. */
    public record Draw(String district, int year, long seed, String population, String labelApplicants,
                       int sampleSize, String randomSample, String buildingsToCheck, LocalDate deadline,
                       String algorithm, String basis, String drawnBy, LocalDate drawnOn) {
    }

    private final DatabaseClient db;

    public Mono<Void> settle(Settlement s) {
        GenericExecuteSpec spec = db.sql("""
                insert into utility_settlement (building_id, year, carrier, quantity, utility, utility_agency,
                  submitted_at) values (:id, :year, :carrier, :quantity, :utility, :agency, :at)
                on conflict (building_id, year, carrier) do update set quantity = excluded.quantity,
                  utility = excluded.utility, utility_agency = excluded.utility_agency,
                  submitted_at = excluded.submitted_at
                """).bind("id", s.buildingId()).bind("year", s.year()).bind("carrier", s.carrier())
                .bind("quantity", s.quantity()).bind("utility", s.utility()).bind("at", s.submittedAt());
        spec = Binds.nullable(spec, "agency", s.utilityAgency(), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Flux<Settlement> settlements(UUID buildingId, int year) {
        return db.sql("select * from utility_settlement where building_id = :id and year = :year order by carrier")
                .bind("id", buildingId).bind("year", year)
                .mapProperties(Settlement.class)
                .all();
    }

    public Mono<Void> replaceQuotas(int surveyYear, Iterable<Quota> quotas) {
        return db.sql("delete from survey_quota where survey_year = :year").bind("year", surveyYear)
                .fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(quotas).concatMap(q -> db.sql("""
                        insert into survey_quota (survey_year, district, quota, published_on, published_by)
                        values (:year, :district, :quota, :on, :by)
                        """).bind("year", q.surveyYear()).bind("district", q.district()).bind("quota", q.quota())
                        .bind("on", q.publishedOn()).bind("by", q.publishedBy()).fetch().rowsUpdated()))
                .then();
    }

    public Flux<Quota> quotas(int surveyYear) {
        return db.sql("select * from survey_quota where survey_year = :year order by district").bind("year", surveyYear)
                .mapProperties(Quota.class)
                .all();
    }

    /** Carriers reported by each building for a year (for completeness; no quantities leave the store). */
    public Flux<String> reportedCarriers(UUID buildingId, int year) {
        return db.sql("select carrier from consumption_line where building_id = :id and year = :year")
                .bind("id", buildingId).bind("year", year).map(row -> row.get("carrier", String.class)).all();
    }

    /** Emits false when the district already drew for that year. */
    public Mono<Boolean> recordDraw(Draw d) {
        return db.sql("""
                insert into spot_check_draw (district, year, seed, population, label_applicants, sample_size,
                  random_sample, buildings_to_check, deadline, algorithm, basis, drawn_by, drawn_on)
                values (:district, :year, :seed, :population, :labels, :size, :sample, :check, :deadline, :algorithm,
                  :basis, :by, :on)
                on conflict (district, year) do nothing
                """).bind("district", d.district()).bind("year", d.year()).bind("seed", d.seed())
                .bind("population", d.population()).bind("labels", d.labelApplicants()).bind("size", d.sampleSize())
                .bind("sample", d.randomSample()).bind("check", d.buildingsToCheck()).bind("deadline", d.deadline())
                .bind("algorithm", d.algorithm()).bind("basis", d.basis()).bind("by", d.drawnBy())
                .bind("on", d.drawnOn())
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Draw> draw(String district, int year) {
        return db.sql("select * from spot_check_draw where district = :district and year = :year")
                .bind("district", district).bind("year", year).mapProperties(Draw.class).one();
    }
}
