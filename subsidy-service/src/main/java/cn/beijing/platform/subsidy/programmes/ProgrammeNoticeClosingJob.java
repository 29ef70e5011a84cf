package cn.beijing.platform.subsidy.programmes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Every night ({@code subsidy.programme-notice-closing.cron}, default 00:35 Asia/Shanghai; {@code -} disables it) the
 * service closes, with the injected clock, every open programme notice whose window has passed and against which no
 * objection stands — one transaction per notice, under its row lock, through the same code path as the on-demand
 * close (payments and {@code subsidy.payment-scheduled.v1} through the outbox). A second run changes nothing.
 * Runs on the scheduler's own thread, never on a Netty event loop.
 */
@Component
public class ProgrammeNoticeClosingJob {

    public static final String CRON_PROPERTY = "subsidy.programme-notice-closing.cron";
    private static final Logger log = LoggerFactory.getLogger(ProgrammeNoticeClosingJob.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final ProgrammeNotices notices;
    private final TransactionalOperator tx;
    private final Clock clock;

    ProgrammeNoticeClosingJob(ProgrammeNotices notices, TransactionalOperator tx, Clock clock) {
        this.notices = notices;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${" + CRON_PROPERTY + ":0 35 0 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        closeDueNotices();
    }

    /** Closes the programme notices due today; returns how many this run closed. Blocks. */
    public int closeDueNotices() {
        LocalDate today = LocalDate.now(clock);
        Long closed = notices.dueForClosing(today)
                .concatMap(id -> tx.transactional(notices.closeIfDue(id, today))
                        .onErrorResume(e -> {
                            log.warn("programme notice {} could not be closed on {}; it stays open for the next run",
                                    id, today, e);
                            return Mono.just(false);
                        }))
                .filter(Boolean::booleanValue)
                .count()
                .block(TIMEOUT);
        int count = closed == null ? 0 : closed.intValue();
        if (count > 0) {
            log.info("closed {} programme notice(s) whose window ended before {}", count, today);
        }
        return count;
    }
}
