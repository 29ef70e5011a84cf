package cn.beijing.platform.subsidy.store;

import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.subsidy.policy.kindergarten.NoticeStatus;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Public notices (第十四条); their entries and the objections raised during them are {@link NoticeRecords}. */
@Repository
public class NoticeStore extends NoticeRecords {

    /** @param counting how the working days were counted (notices stored before issue 12: {@code FROM_SAME_DAY}) */
    public record NoticeRow(UUID id, LocalDate publishedOn, int workingDays, PeriodCounting counting, LocalDate lastDay,
                            LocalDate earliestPaymentDay, NoticeStatus status, LocalDate closedOn, String basisJson,
                            String publishedBy) {
    }

    NoticeStore(DatabaseClient db) {
        super(db, new Tables("public_notice", "notice_entry", "objection"));
    }

    public Mono<Void> insert(NoticeRow n) {
        return db.sql("""
                insert into public_notice (id, published_on, working_days, period_counting, last_day,
                    earliest_payment_day, status, basis, published_by)
                values (:id, :published, :days, :counting, :last, :earliest, :status, cast(:basis as jsonb), :by)""")
                .bind("id", n.id()).bind("published", n.publishedOn()).bind("days", n.workingDays())
                .bind("counting", n.counting().name())
                .bind("last", n.lastDay()).bind("earliest", n.earliestPaymentDay()).bind("status", n.status().name())
                .bind("basis", n.basisJson()).bind("by", n.publishedBy())
                .fetch().rowsUpdated().then();
    }

    public Mono<NoticeRow> find(UUID id) {
        return db.sql("select *, basis::text as basis_text from public_notice where id = :id").bind("id", id)
                .map(NoticeStore::notice).one();
    }

    public Mono<NoticeRow> lock(UUID id) {
        return db.sql("select *, basis::text as basis_text from public_notice where id = :id for update")
                .bind("id", id).map(NoticeStore::notice).one();
    }

    public Flux<NoticeRow> list() {
        return db.sql("select *, basis::text as basis_text from public_notice order by published_on desc, id")
                .map(NoticeStore::notice).all();
    }

    private static NoticeRow notice(Readable r) {
        return new NoticeRow(r.get("id", UUID.class), r.get("published_on", LocalDate.class),
                r.get("working_days", Integer.class),
                PeriodCounting.valueOf(r.get("period_counting", String.class)), r.get("last_day", LocalDate.class),
                r.get("earliest_payment_day", LocalDate.class), NoticeStatus.valueOf(r.get("status", String.class)),
                r.get("closed_on", LocalDate.class), r.get("basis_text", String.class),
                r.get("published_by", String.class));
    }
}
