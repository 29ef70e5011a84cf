package cn.beijing.platform.energy.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.access.Access;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.AppraisalGrade;
import cn.beijing.platform.energy.policy.renewal.RenewalTrialPeriod;
import cn.beijing.platform.energy.store.BuildingRecord;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.SafetyAppraisalStore;
import cn.beijing.platform.policy.Basis;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Class-1 safety appraisals (京建法〔2024〕14号 第七条第二款) recorded by the district, which keeps the old-building
 * ledger (第五条). The latest appraisal (by appraisal day) is the one the ledger reads class 1 with (第二条 "未进行
 * 鉴定与加固", see {@link OldBuildingClassification}): a grade C or D whose measures are not completed moves a building
 * in, completed measures (or a grade that needs none) move it out. Each appraisal is stored with the building's class 1
 * before and after recording it and the articles that decided.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SafetyAppraisals {

    /** What the district records from the appraisal report; the report itself stays with the district. */
    public record AppraisalFacts(LocalDate appraisedOn, AppraisalGrade dangerGrade,
                                 AppraisalGrade structuralOrSeismicGrade, LocalDate measuresCompletedOn,
                                 String reportReference) {
    }

    public enum Movement {
        /** The building became a class-1 old building. */
        ENTERED,
        /** It is no longer a class-1 old building. */
        LEFT,
        /** Its class 1 did not change (also when a newer appraisal stays in effect). */
        UNCHANGED
    }

    /** A recorded appraisal, the class-1 reading before and after it, and the classes and obligations after it. */
    public record AppraisalView(UUID id, UUID buildingId, LocalDate appraisedOn, String dangerGrade,
                                String structuralOrSeismicGrade, LocalDate measuresCompletedOn, String reportReference,
                                boolean classOneBefore, boolean classOneAfter, Movement movement, List<String> reasons,
                                List<String> obligations, OffsetDateTime recordedAt, List<Basis> basis) {

        static AppraisalView of(SafetyAppraisalStore.Appraisal a, JsonText json) {
            return new AppraisalView(a.id(), a.buildingId(), a.appraisedOn(), a.dangerGrade(),
                    a.structuralOrSeismicGrade(), a.measuresCompletedOn(), a.reportReference(), a.classOneBefore(),
                    a.classOneAfter(), Movement.valueOf(a.movement()), JsonText.codes(a.reasons()),
                    JsonText.codes(a.obligations()), a.recordedAt(), json.basis(a.basis()));
        }
    }

    private final BuildingStore buildings;
    private final SafetyAppraisalStore store;
    private final RenewalLedger ledger;
    private final RenewalTrialPeriod trialPeriod;
    private final JsonText json;
    private final Clock clock;

    /**
     * Records an appraisal of a building the caller may see. Refused with 422 naming the field: an appraisal day in
     * the future or before the building's completion year, no grade, measures completed before the appraisal or in
     * the future, a blank report reference; and outside 14号's trial period. Call inside the command's transaction.
     */
    public Mono<AppraisalView> record(UUID buildingId, AppraisalFacts facts, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return buildings.lock(buildingId)
                .map(b -> Access.requireVisible(user, b))
                .flatMap(b -> {
                    check(b, facts, today);
                    trialPeriod.requireInForce(today, "appraisedOn");
                    return store.latest(buildingId).map(Optional::of)
                            .defaultIfEmpty(Optional.empty())
                            .flatMap(previous -> {
                                OldBuildingClassification.SafetyAppraisal recorded = policyAppraisal(facts);
                                // the one in effect afterwards: the new one unless an earlier-recorded one is newer
                                boolean newest = previous.isEmpty()
                                        || !facts.appraisedOn().isBefore(previous.get().appraisedOn());
                                OldBuildingClassification.SafetyAppraisal before =
                                        previous.map(SafetyAppraisals::policyAppraisal).orElse(null);
                                return Mono.zip(ledger.classifyToday(b, before),
                                                ledger.classifyToday(b, newest ? recorded : before))
                                        .flatMap(t -> write(b, facts, t.getT1(), t.getT2(), user));
                            });
                });
    }

    /** Every appraisal recorded for a building the caller may see, oldest first. */
    public Mono<List<AppraisalView>> list(UUID buildingId, CurrentUser user) {
        return buildings.get(buildingId)
                .map(b -> Access.requireVisible(user, b))
                .flatMap(b -> store.all(buildingId).map(a -> AppraisalView.of(a, json)).collectList());
    }

    private Mono<AppraisalView> write(BuildingRecord b, AppraisalFacts facts, OldBuildingClassification.Decision before,
                                      OldBuildingClassification.Decision after, CurrentUser user) {
        Movement movement = before.classOne() == after.classOne() ? Movement.UNCHANGED
                : after.classOne() ? Movement.ENTERED : Movement.LEFT;
        List<Basis> basis = new ArrayList<>();
        basis.add(EnergyDocuments.renewal("第五条"));
        after.basis().stream().filter(x -> !basis.contains(x)).forEach(basis::add);
        SafetyAppraisalStore.Appraisal row = new SafetyAppraisalStore.Appraisal(UUID.randomUUID(), b.id(),
                facts.appraisedOn(), name(facts.dangerGrade()), name(facts.structuralOrSeismicGrade()),
                facts.measuresCompletedOn(), facts.reportReference().strip(), before.classOne(), after.classOne(),
                movement.name(), JsonText.codes(after.reasons()), JsonText.codes(after.obligations()),
                json.write(basis), user.subject(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return store.insert(row).thenReturn(AppraisalView.of(row, json));
    }

    private static void check(BuildingRecord b, AppraisalFacts facts, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (facts.appraisedOn() == null) {
            errors.add(new FieldError("appraisedOn", "is required"));
        } else if (facts.appraisedOn().isAfter(today)) {
            errors.add(new FieldError("appraisedOn", "is in the future"));
        } else if (facts.appraisedOn().getYear() < b.yearBuilt()) {
            errors.add(new FieldError("appraisedOn", "is before the building was completed (" + b.yearBuilt() + ")"));
        }
        if (facts.dangerGrade() == null && facts.structuralOrSeismicGrade() == null) {
            errors.add(new FieldError("dangerGrade", "or structuralOrSeismicGrade is required: the report's "
                    + "房屋危险性等级 or 结构安全或抗震等级 (第七条第二款)"));
        }
        LocalDate completed = facts.measuresCompletedOn();
        if (completed != null && completed.isAfter(today)) {
            errors.add(new FieldError("measuresCompletedOn", "is in the future"));
        } else if (completed != null && facts.appraisedOn() != null && completed.isBefore(facts.appraisedOn())) {
            errors.add(new FieldError("measuresCompletedOn", "is before the appraisal"));
        }
        if (facts.reportReference() == null || facts.reportReference().isBlank()) {
            errors.add(new FieldError("reportReference", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static OldBuildingClassification.SafetyAppraisal policyAppraisal(SafetyAppraisalStore.Appraisal a) {
        return new OldBuildingClassification.SafetyAppraisal(grade(a.dangerGrade()),
                grade(a.structuralOrSeismicGrade()), a.measuresCompletedOn() != null);
    }

    private static OldBuildingClassification.SafetyAppraisal policyAppraisal(AppraisalFacts f) {
        return new OldBuildingClassification.SafetyAppraisal(f.dangerGrade(), f.structuralOrSeismicGrade(),
                f.measuresCompletedOn() != null);
    }

    private static AppraisalGrade grade(String code) {
        return code == null ? null : AppraisalGrade.valueOf(code);
    }

    private static String name(AppraisalGrade grade) {
        return grade == null ? null : grade.name();
    }
}
