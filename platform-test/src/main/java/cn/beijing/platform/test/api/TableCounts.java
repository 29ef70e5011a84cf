package cn.beijing.platform.test.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.Environment;

/**
 * Row counts of every table of a service's database (schema {@code public}, Flyway's history excluded), read in one
 * query, to show that a refused request wrote nothing: no row and no outbox event. Tables that record attempts by
 * design (an audit trail of denied accesses) are named in {@code ignored}.
 */
public final class TableCounts implements AutoCloseable {

    private final Connection connection;
    private final String query;
    private final List<String> tables;

    private TableCounts(Connection connection, Set<String> ignored) throws SQLException {
        this.connection = connection;
        List<String> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                     + "'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!table.startsWith("flyway_") && !ignored.contains(table)) {
                    found.add(table);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no tables to count");
        }
        this.tables = List.copyOf(found);
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " union all ")
                    .append("select '").append(table).append("', count(*) from \"").append(table).append('"');
        }
        this.query = sql.toString();
    }

    /** Counts the tables of the database the context's Flyway migrated ({@code spring.flyway.url}). */
    public static TableCounts of(Environment environment, String... ignored) {
        try {
            Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
                    environment.getRequiredProperty("spring.flyway.user"),
                    environment.getRequiredProperty("spring.flyway.password"));
            return new TableCounts(connection, Set.of(ignored));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the service's database", e);
        }
    }

    public List<String> tables() {
        return tables;
    }

    /** table → rows, in table order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    /** Tables whose count differs between two snapshots. */
    public static Set<String> changed(Map<String, Long> before, Map<String, Long> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((table, rows) -> {
            if (!rows.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a test connection: nothing to recover
        }
    }
}
