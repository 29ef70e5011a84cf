package cn.beijing.platform.subsidy.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.beijing.platform.subsidy.kindergartens.PublicNotices;
import cn.beijing.platform.subsidy.programmes.ProgrammeNotices;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 京技管发〔2024〕30号 第十四条: subsidy-service itself schedules the payment after the notice period. Every night it
 * closes, with the injected clock, every open notice whose window has passed and against which no objection stands —
 * the kindergarten notices ({@code subsidy.notice-closing.cron}, default 00:30 Asia/Shanghai) and the programme notices
 * of 31号 and 33号, counted like them ({@code subsidy.programme-notice-closing.cron}, default 00:35; {@code -} disables
 * either). One transaction per notice, under the notice's row lock, through the same code path as the on-demand close
 * (payments and their {@code payment-scheduled} event through the outbox). A notice already closed (by an officer, or
 * by an earlier run) is skipped, so a second run changes nothing; a notice with a standing objection stays open until
 * the objection is resolved and a later run (or an officer) closes it.
 * <p>Runs on the scheduler's own thread, never on a Netty event loop: blocking for the result is fine there.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoticeClosingJob {

    public static final String CRON_PROPERTY = "subsidy.notice-closing.cron";
    public static final String PROGRAMME_CRON_PROPERTY = "subsidy.programme-notice-closing.cron";
    private static final Logger log = LoggerFactory.getLogger(NoticeClosingJob.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final PublicNotices kindergartenNotices;
    private final ProgrammeNotices programmeNotices;
    private final TransactionalOperator tx;
    private final Clock clock;

    @Scheduled(cron = "${" + CRON_PROPERTY + ":0 30 0 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        closeDueNotices();
    }

    @Scheduled(cron = "${" + PROGRAMME_CRON_PROPERTY + ":0 35 0 * * *}", zone = "Asia/Shanghai")
    void scheduledProgrammeNotices() {
        closeDueProgrammeNotices();
    }

    /** Closes the kindergarten notices due today; returns how many this run closed. Blocks: not for event loops. */
    public int closeDueNotices() {
        return closeDue(kindergartenNotices::dueForClosing, kindergartenNotices::closeIfDue, "public notice");
    }

    /** Closes the programme notices due today; returns how many this run closed. Blocks: not for event loops. */
    public int closeDueProgrammeNotices() {
        return closeDue(programmeNotices::dueForClosing, programmeNotices::closeIfDue, "programme notice");
    }

    /**
     * @param due        the open notices whose window ended before the day and without a standing objection
     * @param closeIfDue closes one under its row lock if it is still due; emits whether this call closed it
     */
    private int closeDue(Function<LocalDate, Flux<UUID>> due, BiFunction<UUID, LocalDate, Mono<Boolean>> closeIfDue,
                         String kind) {
        LocalDate today = LocalDate.now(clock);
        Long closed = due.apply(today)
                .concatMap(id -> tx.transactional(closeIfDue.apply(id, today))
                        .onErrorResume(e -> {
                            log.warn("{} {} could not be closed on {}; it stays open for the next run",
                                    kind, id, today, e);
                            return Mono.just(false);
                        }))
                .filter(Boolean::booleanValue)
                .count()
                .block(TIMEOUT);
        int count = closed == null ? 0 : closed.intValue();
        if (count > 0) {
            log.info("closed {} {}(s) whose window ended before {}", count, kind, today);
        }
        return count;
    }
}
