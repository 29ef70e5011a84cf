package cn.beijing.platform.subsidy.kindergartens;

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
 * 京技管发〔2024〕30号 第十四条: subsidy-service itself schedules the payment after the notice period. Every night
 * ({@code subsidy.notice-closing.cron}, default 00:30 Asia/Shanghai; {@code -} disables it) it closes, with the
 * injected clock, every open notice whose window has passed and against which no objection stands — one transaction
 * per notice, under the notice's row lock, through the same code path as the on-demand close (payments and
 * {@code subsidy.payment-scheduled.v1} through the outbox). A notice already closed (by an officer, or by an earlier
 * run) is skipped, so a second run changes nothing; a notice with a standing objection stays open until the objection
 * is resolved and a later run (or an officer) closes it.
 * <p>Runs on the scheduler's own thread, never on a Netty event loop: blocking for the result is fine there.
 */
@Component
public class NoticeClosingJob {

    public static final String CRON_PROPERTY = "subsidy.notice-closing.cron";
    private static final Logger log = LoggerFactory.getLogger(NoticeClosingJob.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final PublicNotices notices;
    private final TransactionalOperator tx;
    private final Clock clock;

    NoticeClosingJob(PublicNotices notices, TransactionalOperator tx, Clock clock) {
        this.notices = notices;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${" + CRON_PROPERTY + ":0 30 0 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        closeDueNotices();
    }

    /** Closes the notices that are due today; returns how many this run closed. Blocks: not for event-loop threads. */
    public int closeDueNotices() {
        LocalDate today = LocalDate.now(clock);
        Long closed = notices.dueForClosing(today)
                .concatMap(id -> tx.transactional(notices.closeIfDue(id, today))
                        .onErrorResume(e -> {
                            log.warn("public notice {} could not be closed on {}; it stays open for the next run",
                                    id, today, e);
                            return Mono.just(false);
                        }))
                .filter(Boolean::booleanValue)
                .count()
                .block(TIMEOUT);
        int count = closed == null ? 0 : closed.intValue();
        if (count > 0) {
            log.info("closed {} public notice(s) whose window ended before {}", count, today);
        }
        return count;
    }
}
