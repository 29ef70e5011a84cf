package cn.beijing.platform.medical.store;

import cn.beijing.platform.common.paging.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import cn.beijing.platform.medical.policy.drug.HerbalExclusion;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import cn.beijing.platform.medical.policy.drug.CatalogueDrug;
import cn.beijing.platform.medical.policy.drug.DrugCataloguePart;

/** The imported drug catalogue. */
@Repository
public class DrugStore extends CodedTable<CatalogueDrug> {

    DrugStore(DatabaseClient db) {
        super(db, "drug", DrugStore::read);
    }

    /** The herbal pieces on an exclusion list. */
    public Flux<CatalogueDrug> herbalExclusions() {
        return db.sql("select * from drug where part = 'CHINESE_HERBAL_PIECE' and herbal_exclusion is not null")
                .map(DrugStore::read).all();
    }

    /**
     * Look-up: exact {@code code}, {@code name} containing the text, {@code part}, {@code categoryCode} as a prefix
     * (category codes are hierarchical: XB05 contains XB05Z…). Null criteria are ignored.
     */
    public Mono<Page<CatalogueDrug>> search(String code, String name, DrugCataloguePart part, String categoryCode,
                                            int page, int size) {
        String category = categoryCode == null ? null
                : categoryCode.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return search(codeAndName(code, name)
                .and("part = :part", "part", part == null ? null : part.name())
                .and("category_code like :category", "category", category), page, size);
    }

    @Override
    Mono<Long> upsertChunk(List<CatalogueDrug> drugs, long importId) {
        TextArrays a = new TextArrays(drugs.size(), "code", "name", "part", "category", "standard", "validFrom",
                "validTo", "dropped", "herbal");
        for (int i = 0; i < drugs.size(); i++) {
            CatalogueDrug d = drugs.get(i);
            a.set("code", i, d.code());
            a.set("name", i, d.name());
            a.set("part", i, d.part());
            a.set("category", i, d.categoryCode());
            a.set("standard", i, d.paymentStandard());
            a.set("validFrom", i, d.standardValidFrom());
            a.set("validTo", i, d.standardValidTo());
            a.set("dropped", i, d.droppedAfterFailedRenewal());
            a.set("herbal", i, d.herbalExclusion());
        }
        return a.bind(db.sql("""
                        insert into drug (code, name, part, category_code, payment_standard, standard_valid_from,
                                          standard_valid_to, dropped_after_failed_renewal, herbal_exclusion, import_id)
                        select t.code, t.name, t.part, t.category, cast(t.standard as numeric), cast(t.valid_from as date),
                               cast(t.valid_to as date), cast(t.dropped as boolean), t.herbal, :importId
                        from unnest(cast(:code as text[]), cast(:name as text[]), cast(:part as text[]),
                                    cast(:category as text[]), cast(:standard as text[]), cast(:validFrom as text[]),
                                    cast(:validTo as text[]), cast(:dropped as text[]), cast(:herbal as text[]))
                             as t(code, name, part, category, standard, valid_from, valid_to, dropped, herbal)
                        on conflict (code) do update set
                            name = excluded.name, part = excluded.part, category_code = excluded.category_code,
                            payment_standard = excluded.payment_standard,
                            standard_valid_from = excluded.standard_valid_from,
                            standard_valid_to = excluded.standard_valid_to,
                            dropped_after_failed_renewal = excluded.dropped_after_failed_renewal,
                            herbal_exclusion = excluded.herbal_exclusion, import_id = excluded.import_id
                        """))
                .bind("importId", importId)
                .fetch().rowsUpdated();
    }

    static CatalogueDrug read(Readable row) {
        String herbal = row.get("herbal_exclusion", String.class);
        return new CatalogueDrug(row.get("code", String.class), row.get("name", String.class),
                DrugCataloguePart.valueOf(row.get("part", String.class)), row.get("category_code", String.class),
                Amounts.display(row.get("payment_standard", BigDecimal.class)),
                row.get("standard_valid_from", LocalDate.class), row.get("standard_valid_to", LocalDate.class),
                Boolean.TRUE.equals(row.get("dropped_after_failed_renewal", Boolean.class)),
                herbal == null ? null : HerbalExclusion.valueOf(herbal));
    }
}
