package cn.beijing.platform.guardianship.store;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.guardianship.policy.assessment.ProcessEvent;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessments as their process events in PostgreSQL. The history is only appended; a step is appended after the
 * assessment row was locked and the history read, so concurrent steps on one assessment are serialised.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssessmentStore {

    private static final Map<String, Class<? extends ProcessEvent>> EVENT_TYPES = eventTypes();

    private final DatabaseClient db;
    private final JsonMapper json;

    public Mono<Void> insert(AssessmentRecord row, String openedBy, OffsetDateTime at) {
        return db.sql("""
                insert into assessment (id, agency_id, agency_type, trigger, mandatory, opened_on, household_reference,
                                        sub_district_code, stage, last_seq, opened_by, created_at, updated_at)
                values (:id, :agencyId, :agencyType, :trigger, :mandatory, :openedOn, :household, :subDistrict, :stage,
                        0, :openedBy, :at, :at)
                """)
                .bind("id", row.id()).bind("agencyId", row.agencyId()).bind("agencyType", row.agencyType())
                .bind("trigger", row.trigger()).bind("mandatory", row.mandatory()).bind("openedOn", row.openedOn())
                .bind("household", row.householdReference()).bind("subDistrict", row.subDistrictCode())
                .bind("stage", row.stage()).bind("openedBy", openedBy).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** Who may see the assessment; empty when there is no such assessment. */
    public Mono<AccessInfo> accessInfo(UUID id) {
        return db.sql("""
                select a.agency_id, array_remove(array_agg(s.subject), null) as assignees
                from assessment a left join assessment_assignee s on s.assessment_id = a.id
                where a.id = :id group by a.agency_id
                """)
                .bind("id", id)
                .map(row -> new AccessInfo(id, row.get("agency_id", String.class),
                        Set.copyOf(Arrays.asList(row.get("assignees", String[].class)))))
                .one();
    }

    /** Locks the assessment row for the rest of the transaction and reads it; empty when it does not exist. */
    public Mono<AssessmentRecord> lock(UUID id) {
        return db.sql("select * from assessment where id = :id for update").bind("id", id).map(AssessmentStore::record).one();
    }

    public Mono<AssessmentRecord> find(UUID id) {
        return db.sql("select * from assessment where id = :id").bind("id", id).map(AssessmentStore::record).one();
    }

    public Mono<List<StoredEvent>> history(UUID id) {
        return db.sql("""
                select seq, event_type, payload::text as payload, annotations::text as annotations, recorded_by, recorded_at
                from assessment_event where assessment_id = :id order by seq
                """)
                .bind("id", id)
                .map(this::storedEvent)
                .all().collectList();
    }

    /**
     * Appends the next step; {@code expectedLastSeq} is the sequence number of the last step read (optimistic check
     * on top of the row lock).
     */
    public Mono<Void> append(UUID id, int expectedLastSeq, ProcessEvent event, EventAnnotations annotations,
                             String stage, String recordedBy, OffsetDateTime at) {
        int seq = expectedLastSeq + 1;
        Mono<Void> insertEvent = db.sql("""
                insert into assessment_event (assessment_id, seq, event_type, occurred_on, payload, annotations,
                                              recorded_by, recorded_at)
                values (:id, :seq, :type, :date, cast(:payload as jsonb), cast(:annotations as jsonb), :by, :at)
                """)
                .bind("id", id).bind("seq", seq).bind("type", event.getClass().getSimpleName())
                .bind("date", event.date()).bind("payload", json.writeValueAsString(event))
                .bind("annotations", json.writeValueAsString(annotations == null ? EventAnnotations.none() : annotations))
                .bind("by", recordedBy).bind("at", at)
                .fetch().rowsUpdated()
                .onErrorMap(DataIntegrityViolationException.class,
                        e -> new ConflictException("the assessment changed meanwhile; read it again"))
                .then();
        Mono<Void> advance = db.sql("""
                update assessment set last_seq = :seq, stage = :stage, updated_at = :at where id = :id and last_seq = :expected
                """)
                .bind("seq", seq).bind("stage", stage).bind("at", at).bind("id", id).bind("expected", expectedLastSeq)
                .fetch().rowsUpdated()
                .flatMap(n -> n == 1 ? Mono.<Void>empty()
                        : Mono.error(new ConflictException("the assessment changed meanwhile; read it again")));
        return advance.then(insertEvent);
    }

    /** The assessors of the current team replace those of the previous one. */
    public Mono<Void> replaceAssignees(UUID id, List<String> subjects) {
        Mono<Long> delete = db.sql("delete from assessment_assignee where assessment_id = :id").bind("id", id)
                .fetch().rowsUpdated();
        Flux<Long> inserts = Flux.fromIterable(subjects.stream().distinct().toList())
                .concatMap(subject -> db.sql("insert into assessment_assignee (assessment_id, subject) values (:id, :s)")
                        .bind("id", id).bind("s", subject).fetch().rowsUpdated());
        return delete.thenMany(inserts).then();
    }

    public Flux<AssessmentRecord> listForAgency(String agencyId, int limit) {
        return db.sql("select * from assessment where agency_id = :agency order by opened_on desc, created_at desc limit :limit")
                .bind("agency", agencyId).bind("limit", limit)
                .map(AssessmentStore::record).all();
    }

    public Flux<AssessmentRecord> listForAssessor(String subject, int limit) {
        return db.sql("""
                select a.* from assessment a join assessment_assignee s on s.assessment_id = a.id
                where s.subject = :subject order by a.opened_on desc, a.created_at desc limit :limit
                """)
                .bind("subject", subject).bind("limit", limit)
                .map(AssessmentStore::record).all();
    }

    private StoredEvent storedEvent(Readable row) {
        String type = row.get("event_type", String.class);
        Class<? extends ProcessEvent> eventClass = EVENT_TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalStateException("unknown stored event type " + type);
        }
        String annotations = row.get("annotations", String.class);
        return new StoredEvent(row.get("seq", Integer.class), json.readValue(row.get("payload", String.class), eventClass),
                annotations == null ? EventAnnotations.none() : json.readValue(annotations, EventAnnotations.class),
                row.get("recorded_by", String.class), row.get("recorded_at", OffsetDateTime.class));
    }

    private static AssessmentRecord record(Readable row) {
        return new AssessmentRecord(row.get("id", UUID.class), row.get("agency_id", String.class),
                row.get("agency_type", String.class), row.get("trigger", String.class),
                Boolean.TRUE.equals(row.get("mandatory", Boolean.class)), row.get("opened_on", LocalDate.class),
                row.get("household_reference", String.class), row.get("sub_district_code", String.class),
                row.get("stage", String.class), row.get("last_seq", Integer.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends ProcessEvent>> eventTypes() {
        Map<String, Class<? extends ProcessEvent>> types = new HashMap<>();
        for (Class<?> type : ProcessEvent.class.getPermittedSubclasses()) {
            types.put(type.getSimpleName(), (Class<? extends ProcessEvent>) type);
        }
        return Map.copyOf(types);
    }
}
