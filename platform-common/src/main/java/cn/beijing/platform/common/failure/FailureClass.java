package cn.beijing.platform.common.failure;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

import cn.beijing.platform.common.inbox.PoisonEventException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.core.JacksonException;

/**
 * The one rule that tells a failure's kind, shared by the Kafka consumers and the HTTP error answers.
 *
 * <ul>
 * <li>{@link #POISON}: the record itself can never be processed (no envelope, unreadable body, refused by policy):
 * a consumer sends it to {@code <topic>.dlt} at once.</li>
 * <li>{@link #INFRASTRUCTURE}: a dependency is unavailable for now (database unreachable, connection closed,
 * timeouts, broker metadata): nothing is wrong with the input, so a consumer retries the same record with backoff
 * until the dependency returns (never dead-lettering it), and an HTTP request answers 503 with
 * {@code Retry-After}.</li>
 * <li>{@link #UNEXPECTED}: anything else (a bug): a few retries, then the dead-letter topic; HTTP 500.</li>
 * </ul>
 * The whole cause chain is examined, the outermost match winning, because frameworks wrap the failure
 * (a listener failure around a transaction failure around the driver's connection error).
 */
public enum FailureClass {

    POISON, INFRASTRUCTURE, UNEXPECTED;

    private static final int MAX_DEPTH = 16;

    public static FailureClass of(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (isPoison(t)) {
                return POISON;
            }
            if (isUnavailableDependency(t)) {
                return INFRASTRUCTURE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return UNEXPECTED;
    }

    /** Whether the failure means that a dependency is unavailable for now. */
    public static boolean isInfrastructure(Throwable failure) {
        return of(failure) == INFRASTRUCTURE;
    }

    private static boolean isPoison(Throwable t) {
        return t instanceof PoisonEventException
                || t instanceof DeserializationException
                || t instanceof RecordDeserializationException
                || t instanceof MessageConversionException
                || t instanceof JacksonException;
    }

    private static boolean isUnavailableDependency(Throwable t) {
        return t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException
                || t instanceof R2dbcTransientException
                || t instanceof R2dbcNonTransientResourceException
                || t instanceof RetriableException
                || t instanceof TimeoutException
                || t instanceof SocketException
                || t instanceof SocketTimeoutException
                || t instanceof ClosedChannelException;
    }
}
