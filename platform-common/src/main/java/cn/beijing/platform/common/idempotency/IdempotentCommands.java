package cn.beijing.platform.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.security.CurrentUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a state-changing command in one transaction and, when the client sent an {@code Idempotency-Key},
 * records the response in that same transaction. A replay with the same key and the same request gets the
 * first response (its status, body and {@code Location}, with {@code Idempotent-Replayed: true}) and writes
 * nothing; the same key with a different request is refused (422). A command that fails rolls back its key too, so a retry runs it again.
 * Keys are kept for the replay window {@code platform.retention.idempotency-keys} (then purged).
 *
 * <p>Metric: {@code platform.idempotency.replays}, requests answered with a stored first response.
 */
public class IdempotentCommands {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonMapper json;
    private final Counter replays;

    public IdempotentCommands(DatabaseClient db, TransactionalOperator tx, JsonMapper json, MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.json = json;
        this.replays = Counter.builder("platform.idempotency.replays")
                .description("Requests answered with the stored first response of their Idempotency-Key")
                .register(meters);
    }

    /**
     * {@link #run} as a command of the authenticated caller: the scope is {@code "<command> by <subject>"}, and the
     * result of {@code action} (given the caller) is answered with {@code status}.
     *
     * @param command the command, e.g. {@code POST /api/energy/buildings}
     */
    public <T> Mono<ResponseEntity<T>> runForCaller(String key, String command, Object request, Class<T> type,
            HttpStatusCode status, Function<CurrentUser, Mono<T>> action) {
        return CurrentUser.required().flatMap(user -> run(key, command + " by " + user.subject(), request, type,
                () -> action.apply(user).map(result -> ResponseEntity.status(status).body(result))));
    }

    /**
     * @param key      the client's key, or null when none was sent
     * @param scope    the command and the caller, e.g. {@code POST /buildings by u1}; keys are unique per scope
     * @param request  the request body, fingerprinted to detect a key reused for another request
     * @param type     the response body type, to read a stored response back
     * @param command  the work, subscribed inside the transaction
     */
    public <T> Mono<ResponseEntity<T>> run(String key, String scope, Object request, Class<T> type,
            Supplier<Mono<ResponseEntity<T>>> command) {
        if (key == null) {
            return tx.transactional(Mono.defer(command));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Mono.error(new InvalidInputException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String hash = fingerprint(request);
        Mono<ResponseEntity<T>> work = db.sql("""
                insert into idempotency_key (scope, idempotency_key, request_hash) values (:scope, :key, :hash)
                on conflict do nothing
                """)
                .bind("scope", scope).bind("key", key).bind("hash", hash)
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 1
                        ? Mono.defer(command).flatMap(response -> remember(scope, key, response))
                        : replay(scope, key, hash, type));
        return tx.transactional(work);
    }

    private <T> Mono<ResponseEntity<T>> remember(String scope, String key, ResponseEntity<T> response) {
        String body = response.getBody() == null ? null : json.writeValueAsString(response.getBody());
        URI location = response.getHeaders().getLocation();
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                update idempotency_key set status = :status, body = :body, location = :location
                where scope = :scope and idempotency_key = :key
                """)
                .bind("status", response.getStatusCode().value())
                .bind("scope", scope).bind("key", key);
        update = body == null ? update.bindNull("body", String.class) : update.bind("body", body);
        update = location == null ? update.bindNull("location", String.class) : update.bind("location", location.toString());
        return update.fetch().rowsUpdated().thenReturn(response);
    }

    private <T> Mono<ResponseEntity<T>> replay(String scope, String key, String hash, Class<T> type) {
        return db.sql("""
                select request_hash, status, body, location from idempotency_key where scope = :scope and idempotency_key = :key
                """)
                .bind("scope", scope).bind("key", key)
                .map(row -> new StoredResponse(row.get("request_hash", String.class), row.get("status", Integer.class),
                        row.get("body", String.class), row.get("location", String.class)))
                .one()
                .flatMap(stored -> {
                    if (!stored.requestHash().equals(hash)) {
                        return Mono.error(new InvalidInputException(java.util.List.of(new FieldError(HEADER,
                                "was already used for a different request"))));
                    }
                    T body = stored.body() == null ? null : json.readValue(stored.body(), type);
                    replays.increment();
                    ResponseEntity.BodyBuilder replayed = ResponseEntity.status(HttpStatusCode.valueOf(stored.status()))
                            .header(REPLAYED_HEADER, "true");
                    if (stored.location() != null) {
                        replayed.location(URI.create(stored.location()));
                    }
                    return Mono.just(replayed.body(body));
                });
    }

    private String fingerprint(Object request) {
        try {
            byte[] bytes = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredResponse(String requestHash, Integer status, String body, String location) {
    }
}
