package cn.beijing.platform.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Proves the guard is active: any blocking call on a non-blocking thread fails (so every other test checks it). */
class BlockingGuardTest {

    @Test
    void blockingOnANonBlockingThreadFails() {
        assertThatThrownBy(() -> Mono.delay(Duration.ofMillis(1))
                .doOnNext(tick -> sleep())
                .block(Duration.ofSeconds(5)))
                .hasCauseInstanceOf(BlockingOperationError.class);
    }

    @Test
    void blockingOnAWorkerThreadIsAllowed() {
        Mono.fromRunnable(BlockingGuardTest::sleep).subscribeOn(Schedulers.boundedElastic()).block(Duration.ofSeconds(5));
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
