package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.common.paging.Criteria;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenStatus;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Kindergartens and their rosters. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KindergartenStore {

    public record KindergartenRow(UUID id, String organisationId, String name, String address, int classes,
                                  int capacity, BigDecimal monthlyFeeStandard, String feeItemsJson,
                                  KindergartenStatus status, LocalDate registeredOn) {
    }

    public record ChildRow(UUID kindergartenId, String childRef, LocalDate birthDate, LocalDate enteredOn,
                           boolean autumnIntake, LocalDate leftOn, boolean graduated) {
    }

    private final DatabaseClient db;

    public Mono<Void> insert(KindergartenRow k) {
        return db.sql("""
                insert into kindergarten (id, organisation_id, name, address, classes, capacity, monthly_fee_standard,
                    fee_items, status, registered_on)
                values (:id, :org, :name, :address, :classes, :capacity, :fee, cast(:items as jsonb), :status, :on)
                """)
                .bind("id", k.id()).bind("org", k.organisationId()).bind("name", k.name())
                .bind("address", k.address()).bind("classes", k.classes()).bind("capacity", k.capacity())
                .bind("fee", k.monthlyFeeStandard()).bind("items", k.feeItemsJson()).bind("status", k.status().name())
                .bind("on", k.registeredOn())
                .fetch().rowsUpdated().then();
    }

    public Mono<KindergartenRow> find(UUID id) {
        return db.sql("""
                select id, organisation_id, name, address, classes, capacity, monthly_fee_standard,
                       fee_items::text as fee_items, status, registered_on
                from kindergarten where id = :id""")
                .bind("id", id).map(KindergartenStore::kindergarten).one();
    }

    /** Locks the row for the rest of the transaction (status changes and roster edits are serialised). */
    public Mono<KindergartenRow> lock(UUID id) {
        return db.sql("""
                select id, organisation_id, name, address, classes, capacity, monthly_fee_standard,
                       fee_items::text as fee_items, status, registered_on
                from kindergarten where id = :id for update""")
                .bind("id", id).map(KindergartenStore::kindergarten).one();
    }

    public Flux<KindergartenRow> list(String organisationId) {
        return new Criteria().and("organisation_id = :org", "org", organisationId).select(db, """
                        select id, organisation_id, name, address, classes, capacity, monthly_fee_standard,
                               fee_items::text as fee_items, status, registered_on
                        from kindergarten""", "registered_on, id")
                .map(KindergartenStore::kindergarten).all();
    }

    public Mono<Long> setStatus(UUID id, KindergartenStatus status) {
        return db.sql("update kindergarten set status = :status where id = :id")
                .bind("id", id).bind("status", status.name()).fetch().rowsUpdated();
    }

    /** Emits false when the child reference is already on the roster. */
    public Mono<Boolean> insertChild(ChildRow c) {
        return db.sql("""
                insert into kindergarten_child (kindergarten_id, child_ref, birth_date, entered_on, autumn_intake)
                values (:k, :ref, :born, :entered, :autumn) on conflict do nothing""")
                .bind("k", c.kindergartenId()).bind("ref", c.childRef()).bind("born", c.birthDate())
                .bind("entered", c.enteredOn()).bind("autumn", c.autumnIntake())
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<ChildRow> child(UUID kindergartenId, String childRef) {
        return db.sql("select * from kindergarten_child where kindergarten_id = :k and child_ref = :ref")
                .bind("k", kindergartenId).bind("ref", childRef).map(KindergartenStore::child).one();
    }

    public Flux<ChildRow> children(UUID kindergartenId) {
        return db.sql("select * from kindergarten_child where kindergarten_id = :k order by entered_on, child_ref")
                .bind("k", kindergartenId).map(KindergartenStore::child).all();
    }

    /** Records the completed leaving formalities of a child still on the roster; emits the rows changed. */
    public Mono<Long> recordLeaving(UUID kindergartenId, String childRef, LocalDate leftOn, boolean graduated) {
        return db.sql("""
                update kindergarten_child set left_on = :left, graduated = :graduated
                where kindergarten_id = :k and child_ref = :ref and left_on is null""")
                .bind("k", kindergartenId).bind("ref", childRef).bind("left", leftOn).bind("graduated", graduated)
                .fetch().rowsUpdated();
    }

    public Mono<Long> countChildren(UUID kindergartenId) {
        return db.sql("select count(*) as n from kindergarten_child where kindergarten_id = :k")
                .bind("k", kindergartenId).map(r -> r.get("n", Long.class)).one();
    }

    private static KindergartenRow kindergarten(Readable r) {
        return new KindergartenRow(r.get("id", UUID.class), r.get("organisation_id", String.class),
                r.get("name", String.class), r.get("address", String.class), r.get("classes", Integer.class),
                r.get("capacity", Integer.class), r.get("monthly_fee_standard", BigDecimal.class),
                r.get("fee_items", String.class), KindergartenStatus.valueOf(r.get("status", String.class)),
                r.get("registered_on", LocalDate.class));
    }

    private static ChildRow child(Readable r) {
        return new ChildRow(r.get("kindergarten_id", UUID.class), r.get("child_ref", String.class),
                r.get("birth_date", LocalDate.class), r.get("entered_on", LocalDate.class),
                Boolean.TRUE.equals(r.get("autumn_intake", Boolean.class)), r.get("left_on", LocalDate.class),
                Boolean.TRUE.equals(r.get("graduated", Boolean.class)));
    }
}
