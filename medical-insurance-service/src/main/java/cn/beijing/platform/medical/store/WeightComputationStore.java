package cn.beijing.platform.medical.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/** Stored weight computations: the full result as JSON, with who ran it on which data. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WeightComputationStore {

    private final DatabaseClient db;

    /** A stored computation; {@code resultJson} is the response body as first returned. */
    public record StoredComputation(UUID id, String source, int totalCases, int retainedCases, String resultJson,
                                    String computedBy, OffsetDateTime computedAt) {
    }

    public Mono<Void> insert(StoredComputation c) {
        return db.sql("""
                        insert into drg_weight_computation (id, source, total_cases, retained_cases, result, computed_by,
                                                            computed_at)
                        values (:id, :source, :totalCases, :retainedCases, cast(:resultJson as json), :computedBy,
                                :computedAt)
                        """)
                .bindProperties(c)
                .fetch().rowsUpdated().then();
    }

    public Mono<StoredComputation> find(UUID id) {
        return db.sql("select * from drg_weight_computation where id = :id").bind("id", id)
                .map(row -> new StoredComputation(row.get("id", UUID.class), row.get("source", String.class),
                        row.get("total_cases", Integer.class), row.get("retained_cases", Integer.class),
                        row.get("result", String.class), row.get("computed_by", String.class),
                        row.get("computed_at", OffsetDateTime.class)))
                .one();
    }
}
