package cn.beijing.platform.energy.store;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IntensityLimitStore {

    private final DatabaseClient db;

    /** Replaces the whole table of {@code year}. */
    public Mono<Void> replaceYear(int year, List<IntensityLimitRecord> rows) {
        return db.sql("delete from intensity_limit where year = :year").bind("year", year).fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(rows).concatMap(this::insert))
                .then();
    }

    /** Inserts the rows of a year only if that year has no table yet (the sample never overwrites an import). */
    public Mono<Boolean> insertYearIfAbsent(int year, List<IntensityLimitRecord> rows) {
        return db.sql("select count(*) as n from intensity_limit where year = :year").bind("year", year)
                .map(row -> row.get("n", Long.class)).one()
                .flatMap(n -> n > 0 ? Mono.just(false)
                        : Flux.fromIterable(rows).concatMap(this::insert).then(Mono.just(true)));
    }

    private Mono<Long> insert(IntensityLimitRecord r) {
        return db.sql("""
                insert into intensity_limit (year, building_type, guide_value, constraint_value, sample, imported_by,
                  imported_at) values (:year, :type, :g, :c, :sample, :by, :at)
                """)
                .bind("year", r.year()).bind("type", r.buildingType()).bind("g", r.guideValue())
                .bind("c", r.constraintValue()).bind("sample", r.sample()).bind("by", r.importedBy())
                .bind("at", r.importedAt())
                .fetch().rowsUpdated();
    }

    public Flux<IntensityLimitRecord> year(int year) {
        return db.sql("select * from intensity_limit where year = :year order by building_type")
                .bind("year", year).mapProperties(IntensityLimitRecord.class).all();
    }

    public Mono<IntensityLimitRecord> find(int year, String buildingType) {
        return db.sql("select * from intensity_limit where year = :year and building_type = :type")
                .bind("year", year).bind("type", buildingType).mapProperties(IntensityLimitRecord.class).one();
    }
}
