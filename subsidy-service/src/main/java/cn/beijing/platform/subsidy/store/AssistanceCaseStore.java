package cn.beijing.platform.subsidy.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.paging.Criteria;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Assistance cases, one per guardianship referral id. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceCaseStore {

    public record AssistanceCaseRow(UUID id, UUID referralId, String referringAgency, String householdReference,
                                    String kind, String householdSituation, String need, String districtCode,
                                    String subDistrictCode, String channel, LocalDate consentRecordedOn,
                                    LocalDate referredOn, String status, String reviewReason, String basisJson,
                                    OffsetDateTime openedAt) {
    }

    private static final String COLUMNS = """
            id, referral_id, referring_agency, household_reference, kind, household_situation, need, district_code,
            sub_district_code, channel, consent_recorded_on, referred_on, status, review_reason, basis::text as basis,
            opened_at""";

    private final DatabaseClient db;

    /** Inserts the case unless one exists for the referral; emits true when inserted. */
    public Mono<Boolean> insertOnce(AssistanceCaseRow row) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                insert into assistance_case (id, referral_id, referring_agency, household_reference, kind,
                    household_situation, need, district_code, sub_district_code, channel, consent_recorded_on,
                    referred_on, status, basis)
                values (:id, :referralId, :agency, :household, :kind, :situation, :need, :district, :subDistrict,
                    :channel, :consent, :referredOn, :status, cast(:basis as jsonb))
                on conflict (referral_id) do nothing
                """)
                .bind("id", row.id()).bind("referralId", row.referralId()).bind("agency", row.referringAgency())
                .bind("household", row.householdReference()).bind("kind", row.kind())
                .bind("situation", row.householdSituation()).bind("need", row.need())
                .bind("district", row.districtCode()).bind("subDistrict", row.subDistrictCode())
                .bind("channel", row.channel()).bind("referredOn", row.referredOn()).bind("status", row.status())
                .bind("basis", row.basisJson());
        spec = row.consentRecordedOn() == null ? spec.bindNull("consent", LocalDate.class)
                : spec.bind("consent", row.consentRecordedOn());
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Long> markUnderReview(List<UUID> referralIds, String reason) {
        if (referralIds.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("update assistance_case set status = 'UNDER_REVIEW', review_reason = :reason "
                        + "where referral_id = any(:ids)")
                .bind("reason", reason).bind("ids", referralIds.toArray(UUID[]::new))
                .fetch().rowsUpdated();
    }

    public Mono<AssistanceCaseRow> find(UUID id) {
        return db.sql("select " + COLUMNS + " from assistance_case where id = :id").bind("id", id)
                .map(AssistanceCaseStore::row).one();
    }

    public Flux<AssistanceCaseRow> list(String status, String need) {
        return new Criteria().and("status = :status", "status", status).and("need = :need", "need", need)
                .select(db, "select " + COLUMNS + " from assistance_case", "opened_at, id")
                .map(AssistanceCaseStore::row).all();
    }

    private static AssistanceCaseRow row(Readable r) {
        return new AssistanceCaseRow(r.get("id", UUID.class), r.get("referral_id", UUID.class),
                r.get("referring_agency", String.class), r.get("household_reference", String.class),
                r.get("kind", String.class), r.get("household_situation", String.class), r.get("need", String.class),
                r.get("district_code", String.class), r.get("sub_district_code", String.class),
                r.get("channel", String.class), r.get("consent_recorded_on", LocalDate.class),
                r.get("referred_on", LocalDate.class), r.get("status", String.class),
                r.get("review_reason", String.class), r.get("basis", String.class),
                r.get("opened_at", OffsetDateTime.class));
    }
}
