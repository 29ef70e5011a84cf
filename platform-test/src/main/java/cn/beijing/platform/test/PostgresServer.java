package cn.beijing.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A reachable PostgreSQL server and the account used to create databases on it. */
public record PostgresServer(String host, int port, String user, String password) {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl(String database) {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * The Spring Boot properties that point R2DBC and Flyway at {@code database} on this server (which must
     * exist: {@link #createDatabase}).
     */
    public Map<String, Object> springProperties(String database) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", r2dbcUrl(database));
        properties.put("spring.r2dbc.username", user);
        properties.put("spring.r2dbc.password", password);
        properties.put("spring.flyway.url", jdbcUrl(database));
        properties.put("spring.flyway.user", user);
        properties.put("spring.flyway.password", password);
        return properties;
    }

    /** Creates the database unless it exists. Names are restricted to lower-case identifiers. */
    public String createDatabase(String name) {
        String database = name.toLowerCase(Locale.ROOT);
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return database;
                }
            }
            s.execute("create database " + database);
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }
}
