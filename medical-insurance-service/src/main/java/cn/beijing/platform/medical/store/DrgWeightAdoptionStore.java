package cn.beijing.platform.medical.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Adopted weight sets: versions of the group table of one import (京医保发〔2024〕24号 二(一)). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DrgWeightAdoptionStore {

    /** An adoption; {@code keptGroups} and {@code basis} are JSON text. */
    public record Adoption(UUID id, UUID computationId, long groupTableImportId, LocalDate effectiveFrom,
                           LocalDate adoptedOn, String adoptedBy, OffsetDateTime adoptedAt, String note,
                           String keptGroups, String basis) {
    }

    public record AdoptedWeight(UUID adoptionId, String groupCode, BigDecimal previousWeight, BigDecimal weight) {
    }

    private final DatabaseClient db;

    public Mono<Void> insert(Adoption a, List<AdoptedWeight> weights) {
        GenericExecuteSpec spec = db.sql("""
                insert into drg_weight_adoption (id, computation_id, group_table_import_id, effective_from, adopted_on,
                                                 adopted_by, adopted_at, note, kept_groups, basis)
                values (:id, :computationId, :groupTableImportId, :effectiveFrom, :adoptedOn, :adoptedBy, :adoptedAt,
                        :note, cast(:keptGroups as json), cast(:basis as json))""")
                .bindProperties(a);
        TextArrays rows = new TextArrays(weights.size(), "code", "previous", "weight");
        for (int i = 0; i < weights.size(); i++) {
            rows.set("code", i, weights.get(i).groupCode());
            rows.set("previous", i, weights.get(i).previousWeight());
            rows.set("weight", i, weights.get(i).weight());
        }
        Mono<Long> insertWeights = rows.bind(db.sql("""
                insert into drg_adopted_weight (adoption_id, group_code, previous_weight, weight)
                select :id, t.code, cast(t.previous as numeric), cast(t.weight as numeric)
                from unnest(cast(:code as text[]), cast(:previous as text[]), cast(:weight as text[]))
                     as t(code, previous, weight)""")).bind("id", a.id()).fetch().rowsUpdated();
        return spec.fetch().rowsUpdated().then(weights.isEmpty() ? Mono.empty() : insertWeights.then());
    }

    /** The adoptions made on a group-table import, by first day. */
    public Flux<Adoption> ofImport(long groupTableImportId) {
        return db.sql("""
                select *, kept_groups::text as kept_text, basis::text as basis_text from drg_weight_adoption
                where group_table_import_id = :import order by effective_from""")
                .bind("import", groupTableImportId).map(DrgWeightAdoptionStore::read).all();
    }

    /** Every adoption, newest first day first. */
    public Flux<Adoption> all() {
        return db.sql("""
                select *, kept_groups::text as kept_text, basis::text as basis_text from drg_weight_adoption
                order by effective_from desc, adopted_at desc""")
                .map(DrgWeightAdoptionStore::read).all();
    }

    public Mono<Adoption> find(UUID id) {
        return db.sql("""
                select *, kept_groups::text as kept_text, basis::text as basis_text from drg_weight_adoption
                where id = :id""").bind("id", id).map(DrgWeightAdoptionStore::read).one();
    }

    /** The weights of an adoption, by group code. */
    public Flux<AdoptedWeight> weights(UUID adoptionId) {
        return db.sql("select * from drg_adopted_weight where adoption_id = :id order by group_code")
                .bind("id", adoptionId)
                .map(r -> new AdoptedWeight(r.get("adoption_id", UUID.class), r.get("group_code", String.class),
                        r.get("previous_weight", BigDecimal.class), r.get("weight", BigDecimal.class)))
                .all();
    }

    private static Adoption read(Readable r) {
        return new Adoption(r.get("id", UUID.class), r.get("computation_id", UUID.class),
                r.get("group_table_import_id", Long.class), r.get("effective_from", LocalDate.class),
                r.get("adopted_on", LocalDate.class), r.get("adopted_by", String.class),
                r.get("adopted_at", OffsetDateTime.class), r.get("note", String.class), r.get("kept_text", String.class),
                r.get("basis_text", String.class));
    }
}
