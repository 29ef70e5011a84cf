package cn.beijing.platform.medical.store;

import cn.beijing.platform.common.paging.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import cn.beijing.platform.medical.policy.price.PriceItem;

/** The imported price-item table. */
@Repository
public class PriceItemStore {

    private final DatabaseClient db;

    PriceItemStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<PriceItem> find(String code) {
        return db.sql("select * from price_item where code = :code").bind("code", code).map(PriceItemStore::read).one();
    }

    public Flux<PriceItem> findAll(List<String> codes) {
        if (codes.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select * from price_item where code = any(cast(:codes as text[]))")
                .bind("codes", codes.toArray(String[]::new)).map(PriceItemStore::read).all();
    }

    public Flux<String> allCodes() {
        return db.sql("select code from price_item").map(row -> row.get("code", String.class)).all();
    }

    /** Exact code, name containing the text, valid on a service date; null criteria ignored. */
    public Mono<Page<PriceItem>> search(String code, String name, LocalDate validOn, int page, int size) {
        Map<String, Object> binds = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (code != null) {
            where.add("code = :code");
            binds.put("code", code);
        }
        if (name != null) {
            where.add("strpos(name, :name) > 0");
            binds.put("name", name);
        }
        if (validOn != null) {
            where.add("valid_from <= :day and (valid_to is null or valid_to >= :day)");
            binds.put("day", validOn);
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        DatabaseClient.GenericExecuteSpec items = db.sql("select * from price_item" + condition
                + " order by code limit :limit offset :offset");
        DatabaseClient.GenericExecuteSpec count = db.sql("select count(*) as n from price_item" + condition);
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            items = items.bind(bind.getKey(), bind.getValue());
            count = count.bind(bind.getKey(), bind.getValue());
        }
        return items.bind("limit", size).bind("offset", (long) page * size).map(PriceItemStore::read).all()
                .collectList()
                .zipWith(count.map(row -> row.get("n", Long.class)).one())
                .map(t -> new Page<>(t.getT1(), page, size, t.getT2()));
    }

    public Mono<Void> upsert(List<PriceItem> items, long importId) {
        List<Mono<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += DrugStore.CHUNK) {
            chunks.add(upsertChunk(items.subList(from, Math.min(items.size(), from + DrugStore.CHUNK)), importId));
        }
        return Flux.concat(chunks).then();
    }

    public Mono<Long> deleteAll(List<String> codes) {
        if (codes.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("delete from price_item where code = any(cast(:codes as text[]))")
                .bind("codes", codes.toArray(String[]::new)).fetch().rowsUpdated();
    }

    private Mono<Long> upsertChunk(List<PriceItem> items, long importId) {
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
