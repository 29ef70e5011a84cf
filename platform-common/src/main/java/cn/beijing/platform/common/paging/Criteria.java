package cn.beijing.platform.common.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * The criteria of a listing: SQL conditions joined by {@code and}, each naming one parameter. An optional criterion
 * whose value is {@code null} is not applied (the caller did not filter by it); a required one must have a value.
 */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** {@code condition} (naming {@code :name}) when {@code value} is given; nothing when it is {@code null}. */
    public Criteria and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
        return this;
    }

    /** {@code condition} (naming {@code :name}) always: a {@code null} value is a bug, never "no filter". */
    public Criteria require(String condition, String name, Object value) {
        return and(condition, name, Objects.requireNonNull(value, name));
    }

    /** {@code " where a and b"} for the applied criteria, or nothing when none applies. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** {@code statement} (which contains {@link #where()}) with the value of every applied criterion bound. */
    public GenericExecuteSpec bind(GenericExecuteSpec statement) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.bind(value.getKey(), value.getValue());
        }
        return statement;
    }

    /** {@code select} (a statement with no where or order by) narrowed by the applied criteria, in {@code orderBy} order. */
    public GenericExecuteSpec select(DatabaseClient db, String select, String orderBy) {
        return bind(db.sql(select + where() + " order by " + orderBy));
    }

    /**
     * Page {@code page} (0-based) of {@code size} rows of {@code table} meeting every criterion, in {@code orderBy}
     * order, with the count of all of them.
     */
    public <T> Mono<Page<T>> page(DatabaseClient db, String table, String orderBy, Function<Readable, T> read,
                                  int page, int size) {
        GenericExecuteSpec items = bind(db.sql("select * from " + table + where() + " order by " + orderBy
                + " limit :limit offset :offset"));
        GenericExecuteSpec count = bind(db.sql("select count(*) as n from " + table + where()));
        return items.bind("limit", size).bind("offset", (long) page * size).map(read::apply).all().collectList()
                .zipWith(count.map(row -> row.get("n", Long.class)).one())
                .map(t -> new Page<>(t.getT1(), page, size, t.getT2()));
    }
}
