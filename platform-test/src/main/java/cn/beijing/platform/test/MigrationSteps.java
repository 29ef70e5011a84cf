package cn.beijing.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * A service's Flyway history (the platform's {@code db/platform} and the service's {@code db/migration}, as the
 * services configure it) applied step by step to a fresh database of the test PostgreSQL: rows written at one
 * version, then the later migrations, then what they made of those rows.
 * <pre>{@code
 * MigrationSteps db = MigrationSteps.fresh("notice_counting").migrateTo("1");
 * db.execute("insert into public_notice …");
 * db.migrateTo(null);
 * db.query("select period_counting from public_notice");
 * }</pre>
 */
public final class MigrationSteps {

    private final PostgresServer server;
    private final String database;

    private MigrationSteps(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /** A new, empty database (dropped first if a previous run left it). */
    public static MigrationSteps fresh(String name) {
        PostgresServer server = SharedInfrastructure.get().postgres();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name, e);
        }
        return new MigrationSteps(server, server.createDatabase(name));
    }

    /** Applies the migrations up to and including {@code version}; {@code null}: every migration. */
    public MigrationSteps migrateTo(String version) {
        var configuration = Flyway.configure()
                .dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations("classpath:db/platform", "classpath:db/migration");
        if (version != null) {
            configuration.target(version);
        }
        configuration.load().migrate();
        return this;
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row of {@code sql}, as column name → value. */
    public List<Map<String, Object>> query(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
    }
}
