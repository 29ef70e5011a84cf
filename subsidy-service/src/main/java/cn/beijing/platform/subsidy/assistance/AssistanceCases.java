package cn.beijing.platform.subsidy.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.subsidy.events.AssistanceReferral;
import cn.beijing.platform.subsidy.store.AssistanceCaseStore;
import cn.beijing.platform.subsidy.store.AssistanceCaseStore.AssistanceCaseRow;
import cn.beijing.platform.subsidy.store.Jsonb;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Assistance cases (preschool aid, relief) opened from guardianship referrals made with the family's consent
 * (京民社救发〔2024〕111号 二(二)4). Subsidy officers see the case, the household's pseudonymous reference and the
 * referring agency to contact — never the assessment: its id, findings and the guardianship articles are not kept.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceCases {

    /** The only basis a case keeps: the relief rule the referral was made under. */
    static final String RELIEF_DOCUMENT = "京民社救发〔2024〕111号";

    private final AssistanceCaseStore store;
    private final Jsonb jsonb;

    /** What a subsidy officer sees of a case. */
    public record AssistanceCaseView(UUID id, String need, String kind, String householdSituation,
                                     String householdReference, String referringAgency, String districtCode,
                                     String subDistrictCode, String channel, LocalDate consentRecordedOn,
                                     LocalDate referredOn, String status, String reviewReason, JsonNode basis,
                                     OffsetDateTime openedAt) {
    }

    /** Opens the case of a referral once; emits true when a case was opened, false when it existed. */
    public Mono<Boolean> open(AssistanceReferral referral) {
        List<Basis> relief = referral.basis().stream().filter(b -> RELIEF_DOCUMENT.equals(b.document())).toList();
        if (relief.isEmpty()) {
            relief = List.of(Basis.of(RELIEF_DOCUMENT, "二(二)4"));
        }
        AssistanceCaseRow row = new AssistanceCaseRow(UUID.randomUUID(), referral.referralId(),
                referral.referringAgency(), referral.householdReference(), referral.kind().name(),
                referral.householdSituation().name(), referral.need().name(), referral.districtCode(),
                referral.subDistrictCode(), referral.channel().name(), referral.consentRecordedOn(),
                referral.referredOn(), "OPEN", null, jsonb.write(relief), null);
        return store.insertOnce(row);
    }

    /** 京民儿福发〔2024〕103号 第十八条 invalidated the conclusion the referrals rest on: the cases go under review. */
    public Mono<Long> reviewAfterInvalidation(List<UUID> referralIds) {
        return store.markUnderReview(referralIds, "CONCLUSION_OF_REFERRING_ASSESSMENT_INVALIDATED");
    }

    public Mono<AssistanceCaseView> find(UUID id) {
        return store.find(id).map(this::view)
                .switchIfEmpty(Mono.error(new NotFoundException("assistance case " + id)));
    }

    public Flux<AssistanceCaseView> list(String status, String need) {
        return store.list(status, need).map(this::view);
    }

    private AssistanceCaseView view(AssistanceCaseRow row) {
        return new AssistanceCaseView(row.id(), row.need(), row.kind(), row.householdSituation(),
                row.householdReference(), row.referringAgency(), row.districtCode(), row.subDistrictCode(),
                row.channel(), row.consentRecordedOn(), row.referredOn(), row.status(), row.reviewReason(),
                jsonb.tree(row.basisJson()), row.openedAt());
    }
}
