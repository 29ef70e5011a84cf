package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConsumptionStore {

    private final DatabaseClient db;

    /** Replaces the report of the building and year (lines and excluded loads go with it). */
    public Mono<Void> replace(ConsumptionRecord report) {
        UUID id = report.buildingId();
        int year = report.year();
        return db.sql("delete from consumption_report where building_id = :id and year = :year")
                .bind("id", id).bind("year", year).fetch().rowsUpdated()
                .then(db.sql("""
                        insert into consumption_report (building_id, year, reported_by, reported_at)
                        values (:id, :year, :by, :at)
                        """).bind("id", id).bind("year", year).bind("by", report.reportedBy())
                        .bind("at", report.reportedAt()).fetch().rowsUpdated())
                .thenMany(Flux.fromIterable(report.lines()).concatMap(line -> db.sql("""
                        insert into consumption_line (building_id, year, carrier, quantity)
                        values (:id, :year, :carrier, :quantity)
                        """).bind("id", id).bind("year", year).bind("carrier", line.carrier())
                        .bind("quantity", line.quantity()).fetch().rowsUpdated()))
                .thenMany(Flux.fromIterable(report.excludedLoads()).concatMap(load -> db.sql("""
                        insert into excluded_load (building_id, year, category, carrier, quantity)
                        values (:id, :year, :category, :carrier, :quantity)
                        """).bind("id", id).bind("year", year).bind("category", load.category())
                        .bind("carrier", load.carrier()).bind("quantity", load.quantity()).fetch().rowsUpdated()))
                .then();
    }

    public Mono<ConsumptionRecord> find(UUID buildingId, int year) {
        return db.sql("select reported_by, reported_at from consumption_report where building_id = :id and year = :year")
                .bind("id", buildingId).bind("year", year)
                .map(row -> new Head(row.get("reported_by", String.class),
                        row.get("reported_at", OffsetDateTime.class)))
                .one()
                .flatMap(head -> db.sql("""
                                select carrier, quantity from consumption_line where building_id = :id and year = :year
                                order by carrier""")
                        .bind("id", buildingId).bind("year", year)
                        .map(row -> new ConsumptionRecord.Line(row.get("carrier", String.class),
                                row.get("quantity", BigDecimal.class)))
                        .all().collectList()
                        .zipWith(db.sql("""
                                        select category, carrier, quantity from excluded_load
                                        where building_id = :id and year = :year order by category, carrier""")
                                .bind("id", buildingId).bind("year", year)
                                .map(row -> new ConsumptionRecord.Excluded(row.get("category", String.class),
                                        row.get("carrier", String.class), row.get("quantity", BigDecimal.class)))
                                .all().collectList())
                        .map(t -> new ConsumptionRecord(buildingId, year, t.getT1(), t.getT2(), head.reportedBy(),
                                head.reportedAt())));
    }

    private record Head(String reportedBy, OffsetDateTime reportedAt) {
    }
}
