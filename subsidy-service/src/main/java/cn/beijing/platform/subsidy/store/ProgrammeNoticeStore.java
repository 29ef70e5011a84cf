package cn.beijing.platform.subsidy.store;

import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.policy.calendar.PeriodCounting;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * [platform rule] Public notices of a programme's approved applications; their entries and objections are
 * {@link NoticeRecords}.
 */
@Repository
public class ProgrammeNoticeStore extends NoticeRecords {

    /** @param counting where day 1 of the notice was (民法典 第二百零一条: the day after publication) */
    public record NoticeRow(UUID id, String programme, LocalDate publishedOn, int workingDays, PeriodCounting counting,
                            LocalDate lastDay,
                            LocalDate earliestPaymentDay, String status, LocalDate closedOn, String basisJson,
                            String publishedBy) {
    }

    private static final String SELECT = "select *, basis::text as basis_text from programme_notice";

    ProgrammeNoticeStore(DatabaseClient db) {
        super(db, new Tables("programme_notice", "programme_notice_entry", "programme_objection"));
    }

    public Mono<Void> insert(NoticeRow n) {
        return db.sql("""
                insert into programme_notice (id, programme, published_on, working_days, period_counting, last_day,
                    earliest_payment_day, status, basis, published_by)
                values (:id, :programme, :published, :days, :counting, :last, :earliest, :status, cast(:basis as jsonb),
                    :by)""")
                .bind("id", n.id()).bind("programme", n.programme()).bind("published", n.publishedOn())
                .bind("days", n.workingDays()).bind("counting", n.counting().name()).bind("last", n.lastDay()).bind("earliest", n.earliestPaymentDay())
                .bind("status", n.status()).bind("basis", n.basisJson()).bind("by", n.publishedBy())
                .fetch().rowsUpdated().then();
    }

    public Mono<NoticeRow> find(UUID id) {
        return db.sql(SELECT + " where id = :id").bind("id", id).map(ProgrammeNoticeStore::notice).one();
    }

    public Mono<NoticeRow> lock(UUID id) {
        return db.sql(SELECT + " where id = :id for update").bind("id", id).map(ProgrammeNoticeStore::notice).one();
    }

    public Flux<NoticeRow> list() {
        return db.sql(SELECT + " order by published_on desc, id").map(ProgrammeNoticeStore::notice).all();
    }

    private static NoticeRow notice(Readable r) {
        return new NoticeRow(r.get("id", UUID.class), r.get("programme", String.class),
                r.get("published_on", LocalDate.class), r.get("working_days", Integer.class),
                PeriodCounting.valueOf(r.get("period_counting", String.class)), r.get("last_day", LocalDate.class), r.get("earliest_payment_day", LocalDate.class),
                r.get("status", String.class), r.get("closed_on", LocalDate.class), r.get("basis_text", String.class),
                r.get("published_by", String.class));
    }
}
