package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Imported conversion-factor versions, one per valid_from. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConversionFactorStore {

    private final DatabaseClient db;

    /** Replaces the version starting on the record's valid_from (if any) by the record. */
    public Mono<Void> replace(ConversionFactorRecord r) {
        return db.sql("delete from conversion_factor_version where valid_from = :from").bind("from", r.validFrom())
                .fetch().rowsUpdated()
                .then(db.sql("""
                        insert into conversion_factor_version (id, valid_from, imported_by, imported_at)
                        values (:id, :from, :by, :at)
                        """).bind("id", r.id()).bind("from", r.validFrom()).bind("by", r.importedBy())
                        .bind("at", r.importedAt()).fetch().rowsUpdated())
                .thenMany(Flux.fromIterable(r.rows()).concatMap(row -> db.sql("""
                        insert into conversion_factor (version_id, carrier, carrier_unit, kgce_per_unit)
                        values (:id, :carrier, :unit, :factor)
                        """).bind("id", r.id()).bind("carrier", row.carrier()).bind("unit", row.carrierUnit())
                        .bind("factor", row.kgcePerUnit()).fetch().rowsUpdated()))
                .then();
    }

    /** The imported version in force on {@code date}: the one with the latest valid_from on or before it. */
    public Mono<ConversionFactorRecord> inForce(LocalDate date) {
        return db.sql("""
                        select id, valid_from, imported_by, imported_at from conversion_factor_version
                        where valid_from <= :date order by valid_from desc limit 1
                        """).bind("date", date)
                .map(row -> new ConversionFactorRecord(row.get("id", UUID.class),
                        row.get("valid_from", LocalDate.class), List.of(),
                        row.get("imported_by", String.class), row.get("imported_at", OffsetDateTime.class)))
                .one()
                .flatMap(version -> db.sql("""
                                select carrier, carrier_unit, kgce_per_unit from conversion_factor
                                where version_id = :id order by carrier
                                """).bind("id", version.id())
                        .map(row -> new ConversionFactorRecord.Row(row.get("carrier", String.class),
                                row.get("carrier_unit", String.class), row.get("kgce_per_unit", BigDecimal.class)))
                        .all().collectList()
                        .map(rows -> new ConversionFactorRecord(version.id(), version.validFrom(), rows,
                                version.importedBy(), version.importedAt())));
    }
}
