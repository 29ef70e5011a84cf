package cn.beijing.platform.subsidy.store;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** What the stores' statements share: a list narrowed by the filters a caller gives, and a value that may be null. */
final class Statements {

    /** {@code column = :name}, applied only when {@code value} is given. */
    record Filter(String column, String name, Object value) {
    }

    private Statements() {
    }

    /** {@code select} narrowed by every filter whose value is given, ordered by {@code orderBy}. */
    static GenericExecuteSpec list(DatabaseClient db, String select, String orderBy, Filter... filters) {
        List<Filter> given = Stream.of(filters).filter(f -> f.value() != null).toList();
        String where = given.isEmpty() ? "" : given.stream().map(f -> f.column() + " = :" + f.name())
                .collect(Collectors.joining(" and ", " where ", ""));
        GenericExecuteSpec spec = db.sql(select + where + " order by " + orderBy);
        for (Filter f : given) {
            spec = spec.bind(f.name(), f.value());
        }
        return spec;
    }

    /** Binds {@code value} to {@code name}, or a null of {@code type} when there is none. */
    static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
