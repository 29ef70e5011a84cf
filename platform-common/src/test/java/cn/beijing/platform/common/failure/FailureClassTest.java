package cn.beijing.platform.common.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import cn.beijing.platform.common.inbox.PoisonEventException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import reactor.core.Exceptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class FailureClassTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutageHoweverDeeplyWrapped() {
        Exception refused = new ConnectException("Connection refused");
        Exception transaction = new CannotCreateTransactionException("Could not open R2DBC Connection",
                new R2dbcNonTransientResourceException("Cannot connect", refused));
        assertThat(FailureClass.of(new ListenerExecutionFailedException("listener failed", transaction)))
                .isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(FailureClass.of(new DataAccessResourceFailureException("closed"))).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(FailureClass.of(new R2dbcTransientResourceException("too many clients"))).isEqualTo(FailureClass.INFRASTRUCTURE);
        // Mono.block(timeout) wraps the TimeoutException
        assertThat(FailureClass.of(Exceptions.propagate(new TimeoutException("Timeout on blocking read"))))
                .isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(FailureClass.of(new org.apache.kafka.common.errors.TimeoutException("metadata")))
                .isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(FailureClass.isInfrastructure(transaction)).isTrue();
    }

    @Test
    void aRecordThatCanNeverBeProcessedIsPoison() {
        assertThat(FailureClass.of(new ListenerExecutionFailedException("listener failed",
                new PoisonEventException("charity referral without recorded consent")))).isEqualTo(FailureClass.POISON);
        assertThat(FailureClass.of(new IllegalStateException("wrapped", unreadableJson()))).isEqualTo(FailureClass.POISON);
        // the outermost match wins: a poison record that also failed to reach the database is still poison
        assertThat(FailureClass.of(new PoisonEventException("unreadable", new ConnectException())))
                .isEqualTo(FailureClass.POISON);
    }

    private static Exception unreadableJson() {
        try {
            JsonMapper.builder().build().readTree("not json");
            throw new AssertionError("parsed");
        } catch (JacksonException e) {
            return e;
        }
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(FailureClass.of(new IllegalStateException("bug"))).isEqualTo(FailureClass.UNEXPECTED);
        assertThat(FailureClass.of(new DataIntegrityViolationException("duplicate key"))).isEqualTo(FailureClass.UNEXPECTED);
        assertThat(FailureClass.isInfrastructure(new NullPointerException())).isFalse();
    }
}
