package cn.beijing.platform.subsidy.store;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** What the stores' statements share beyond the listings' {@code Criteria} (platform-common): a value that may be null. */
final class Statements {

    private Statements() {
    }

    /** Binds {@code value} to {@code name}, or a null of {@code type} when there is none. */
    static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
