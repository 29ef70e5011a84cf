package cn.beijing.platform.medical.store;

import cn.beijing.platform.common.paging.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import cn.beijing.platform.medical.policy.price.PriceItem;

/** The imported price-item table. */
@Repository
public class PriceItemStore extends CodedTable<PriceItem> {

    PriceItemStore(DatabaseClient db) {
        super(db, "price_item", PriceItemStore::read);
    }

    /** Exact code, name containing the text, valid on a service date; null criteria ignored. */
    public Mono<Page<PriceItem>> search(String code, String name, LocalDate validOn, int page, int size) {
        return search(codeAndName(code, name)
                .and("valid_from <= :day and (valid_to is null or valid_to >= :day)", "day", validOn), page, size);
    }

    @Override
    Mono<Long> upsertChunk(List<PriceItem> items, long importId) {
        TextArrays a = new TextArrays(items.size(), "code", "name", "unit", "price", "classes", "validFrom", "validTo");
        for (int i = 0; i < items.size(); i++) {
            PriceItem p = items.get(i);
            a.set("code", i, p.code());
            a.set("name", i, p.name());
            a.set("unit", i, p.unit());
            a.set("price", i, p.price());
            a.set("classes", i, p.insuranceClasses());
            a.set("validFrom", i, p.validFrom());
            a.set("validTo", i, p.validTo());
        }
        return a.bind(db.sql("""
                        insert into price_item (code, name, unit, price, insurance_classes, valid_from, valid_to, import_id)
                        select t.code, t.name, t.unit, cast(t.price as numeric), t.classes, cast(t.valid_from as date),
                               cast(t.valid_to as date), :importId
                        from unnest(cast(:code as text[]), cast(:name as text[]), cast(:unit as text[]),
                                    cast(:price as text[]), cast(:classes as text[]), cast(:validFrom as text[]),
                                    cast(:validTo as text[]))
                             as t(code, name, unit, price, classes, valid_from, valid_to)
                        on conflict (code) do update set
                            name = excluded.name, unit = excluded.unit, price = excluded.price,
                            insurance_classes = excluded.insurance_classes, valid_from = excluded.valid_from,
                            valid_to = excluded.valid_to, import_id = excluded.import_id
                        """))
                .bind("importId", importId)
                .fetch().rowsUpdated();
    }

    static PriceItem read(Readable row) {
        return new PriceItem(row.get("code", String.class), row.get("name", String.class), row.get("unit", String.class),
                row.get("price", BigDecimal.class), row.get("insurance_classes", String.class),
                row.get("valid_from", LocalDate.class), row.get("valid_to", LocalDate.class));
    }
}
