package cn.beijing.platform.medical.drg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.medical.events.DrgWeightsAdopted;
import cn.beijing.platform.medical.events.MedicalEvents;
import cn.beijing.platform.medical.policy.MedicalInsuranceDocuments;
import cn.beijing.platform.medical.policy.drg.DrgWeightAdoption;
import cn.beijing.platform.medical.store.DrgWeightAdoptionStore;
import cn.beijing.platform.medical.store.WeightComputationStore;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.RuleViolationException;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adoption of a stored weight computation as a new effective-dated version of the group table (京医保发〔2024〕24号
 * 二(一)), decided by the policy's {@link DrgWeightAdoption}: a MEDICAL_BUREAU officer other than the one who computed
 * it reviews and adopts it, from a day no earlier than the adoption; settlement prices every case discharged from that
 * day with the new weights. The adoption and its {@code medical.drg-weights-adopted.v1} event commit together.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WeightAdoptions {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Basis>> BASIS = new TypeReference<>() {
    };

    /** An adopted version: what it changed, and whether it belongs to the current group table. */
    public record AdoptionView(UUID id, UUID computationId, LocalDate effectiveFrom, LocalDate adoptedOn,
                               String adoptedBy, String note, boolean appliesToCurrentTable,
                               List<DrgWeightAdoption.AdoptedWeight> groups, List<String> keptGroups,
                               List<Basis> basis) {
    }

    private final DrgWeightAdoption adoption;
    private final WeightComputationStore computations;
    private final DrgWeightAdoptionStore store;
    private final DrgReferenceData reference;
    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * Adopts computation {@code computationId} from {@code effectiveFrom}. 422 naming the field: an unknown
     * computation, a day before the adoption; 409 with code and basis: no group table, the adopter computed it, a
     * day that starts a version already, groups not in the table, weighted groups left out. Call inside the
     * command's transaction.
     */
    public Mono<AdoptionView> adopt(UUID computationId, LocalDate effectiveFrom, String note, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return computations.find(computationId)
                .switchIfEmpty(Mono.error(() -> new InvalidInputException("computationId",
                        "no weight computation " + computationId)))
                .map(stored -> json.readValue(stored.resultJson(), WeightComputation.class))
                .flatMap(computation -> reference.currentGroupTableImport()
                        .switchIfEmpty(Mono.error(() -> new RuleViolationException("NO_GROUP_TABLE",
                                "no group table is imported: weights are adopted on the current table",
                                Basis.of(MedicalInsuranceDocuments.DRG_2_0, "一"))))
                        .flatMap(groupImport -> reference.groupVersions().flatMap(versions -> {
                            DrgWeightAdoption.Decision decision = adoption.decide(new DrgWeightAdoption.Input(
                                    computation.computedBy(), computation.groups().stream()
                                    .map(g -> new DrgWeightAdoption.ComputedWeight(g.groupCode(), g.relativeWeight()))
                                    .toList(), List.copyOf(versions.on(effectiveFrom.minusDays(1)).groups().values()),
                                    user.subject(), effectiveFrom, versions.versionDays()), today);
                            if (!decision.adoptable()) {
                                return Mono.error(new RuleViolationException(decision.refusals()));
                            }
                            return write(computation, groupImport.id(), decision, effectiveFrom, note, user, today);
                        })))
                .onErrorMap(DuplicateKeyException.class, e -> new RuleViolationException("VERSION_EXISTS_ON_THAT_DAY",
                        "a version of the group table was adopted from " + effectiveFrom + " concurrently",
                        Basis.of(MedicalInsuranceDocuments.DRG_2_0, "二(一)")));
    }

    public Mono<List<AdoptionView>> list() {
        return reference.currentGroupTableImport().map(i -> i.id()).defaultIfEmpty(-1L)
                .flatMap(current -> store.all().concatMap(a -> view(a, current)).collectList());
    }

    public Mono<AdoptionView> find(UUID id) {
        return reference.currentGroupTableImport().map(i -> i.id()).defaultIfEmpty(-1L)
                .flatMap(current -> store.find(id)
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("weight adoption " + id)))
                        .flatMap(a -> view(a, current)));
    }

    private Mono<AdoptionView> write(WeightComputation computation, long groupImportId,
                                     DrgWeightAdoption.Decision decision, LocalDate effectiveFrom, String note,
                                     CurrentUser user, LocalDate today) {
        UUID id = UUID.randomUUID();
        DrgWeightAdoptionStore.Adoption row = new DrgWeightAdoptionStore.Adoption(id, computation.id(),
                groupImportId, effectiveFrom, today, user.subject(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), note,
                json.writeValueAsString(decision.keptGroups()), json.writeValueAsString(decision.basis()));
        List<DrgWeightAdoptionStore.AdoptedWeight> weights = decision.adopted().stream()
                .map(w -> new DrgWeightAdoptionStore.AdoptedWeight(id, w.groupCode(), w.previousWeight(), w.weight()))
                .toList();
        DrgWeightsAdopted event = new DrgWeightsAdopted(id, computation.id(), effectiveFrom, today,
                computation.quartileMethod(), computation.lowerFenceMultiplier(), computation.upperFenceMultiplier(),
                computation.totalCases(), computation.retainedCases(), decision.adopted().stream()
                .map(w -> new DrgWeightsAdopted.Group(w.groupCode(), w.previousWeight(), w.weight())).toList(),
                decision.keptGroups(), decision.basis());
        return store.insert(row, weights)
                .then(outbox.append(MedicalEvents.DRG_WEIGHTS_ADOPTED, MedicalEvents.DRG_GROUP_TABLE_KEY, event))
                .then(Mono.defer(() -> view(row, groupImportId)));
    }

    private Mono<AdoptionView> view(DrgWeightAdoptionStore.Adoption a, long currentImport) {
        return store.weights(a.id())
                .map(w -> new DrgWeightAdoption.AdoptedWeight(w.groupCode(), w.previousWeight(), w.weight()))
                .collectList()
                .map(groups -> new AdoptionView(a.id(), a.computationId(), a.effectiveFrom(), a.adoptedOn(),
                        a.adoptedBy(), a.note(), a.groupTableImportId() == currentImport, groups,
                        json.readValue(a.keptGroups(), STRINGS), json.readValue(a.basis(), BASIS)));
    }
}
