package cn.beijing.platform.archclean.store;

import org.springframework.r2dbc.core.DatabaseClient;

/** SQL in the store. */
public class CleanStore {

    public DatabaseClient db;

    public record Row(String id) {
    }
}
