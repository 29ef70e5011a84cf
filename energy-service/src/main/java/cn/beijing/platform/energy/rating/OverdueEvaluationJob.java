package cn.beijing.platform.energy.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The daily evaluation of 京建法〔2024〕12号 第八条/第十三条: large public buildings not rated by June 30 of Y+1 get an
 * OVERDUE_RATING obligation, and once a correction time limit has passed without a rating, CREDIT_SYSTEM_ENTRY —
 * the same evaluation as {@code POST /api/energy/obligations/overdue-evaluations}, on today's date (the injected
 * Clock), in one transaction, each raised obligation published through the outbox. Idempotent: an obligation already
 * recorded for the building, year and code is not raised again, so a second run (or a run on another instance,
 * serialised by the unique key) raises nothing new.
 *
 * <p>Cron {@code energy.overdue-evaluation.cron} (default daily at 01:00 Asia/Shanghai; {@code -} disables it). The
 * method runs on the scheduler's own thread, never on a Netty event loop, so it may wait for the reactive work.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverdueEvaluationJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueEvaluationJob.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Ratings ratings;
    private final TransactionalOperator tx;
    private final Clock clock;

    /** Runs the evaluation for today; returns the overdue ratings found, each with the codes this run raised. */
    @Scheduled(cron = "${energy.overdue-evaluation.cron:0 0 1 * * *}", zone = "Asia/Shanghai")
    public List<OverdueRating> evaluate() {
        LocalDate today = LocalDate.now(clock);
        List<OverdueRating> found = tx.transactional(ratings.raiseOverdue(today)).block(TIMEOUT);
        List<OverdueRating> result = found == null ? List.of() : found;
        long raised = result.stream().mapToLong(o -> o.raised().size()).sum();
        LOG.info("overdue evaluation of {}: {} overdue ratings, {} obligations raised", today, result.size(), raised);
        return result;
    }
}
