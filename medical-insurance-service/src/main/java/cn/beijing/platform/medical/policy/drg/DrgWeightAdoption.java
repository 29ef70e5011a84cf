package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.beijing.platform.medical.policy.PolicyDecision;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * Adoption of a computed weight set (京医保发〔2024〕24号 二(一): "病组支付标准为该病组权重与费率的乘积。其中权重按照四分位法
 * 裁剪后计算") as a new effective-dated version of the group table: from {@code effectiveFrom} on, each adopted group is
 * priced with its new weight; the 33 kept consumables-procurement groups keep their previous standard (二(一)
 * "维持原病组支付标准"), so no weight of theirs is adopted. The notice names no adoption procedure; the platform's
 * choices are parameters:
 * <ul>
 * <li>[platform rule] {@code drg-weight-adoption-four-eyes}: the adopter is not the officer who ran the computation
 * ({@code ADOPTER_RAN_THE_COMPUTATION});</li>
 * <li>[platform rule] {@code drg-weight-adoption-covers-every-weighted-group}: the set weighs every non-kept group of
 * the table ({@code WEIGHTED_GROUP_NOT_COVERED}); a computed group missing from the table is always refused
 * ({@code GROUP_NOT_IN_TABLE});</li>
 * <li>[platform rule] {@code drg-weight-adoption-retroactive}: the version takes effect on the adoption day or later
 * (else 422 on {@code effectiveFrom});</li>
 * <li>one version per day: a day that already starts a version is refused ({@code VERSION_EXISTS_ON_THAT_DAY});</li>
 * <li>[platform rule] {@code drg-group-table-version-by-discharge-date}: the version that prices a case is the one in
 * force on its discharge day ({@link #versionDay}).</li>
 * </ul>
 */
@Rule(id = "drg-weight-adoption", document = DRG_2_0, article = "二(一)", parameters = {
        "drg-weight-adoption-four-eyes", "drg-weight-adoption-covers-every-weighted-group",
        "drg-weight-adoption-retroactive", "drg-group-table-version-by-discharge-date"})
public final class DrgWeightAdoption implements Decides<DrgWeightAdoption.Input, DrgWeightAdoption.Decision> {

    /** A group's weight in the computed set (4 decimals). */
    public record ComputedWeight(String groupCode, BigDecimal weight) {
    }

    /**
     * @param computedBy          who ran the computation
     * @param computed            the computed weights
     * @param groupsInForce       the group table in force on the day before {@code effectiveFrom}
     * @param adoptedBy           who adopts it
     * @param effectiveFrom       first day of the new version
     * @param versionDaysTaken    days that already start an adopted version of the current table
     */
    public record Input(String computedBy, List<ComputedWeight> computed, List<DrgGroup> groupsInForce,
                        String adoptedBy, LocalDate effectiveFrom, List<LocalDate> versionDaysTaken) {
    }

    /** One adopted group: its weight before and from the version's first day. */
    public record AdoptedWeight(String groupCode, BigDecimal previousWeight, BigDecimal weight) {
    }

    /**
     * @param adopted     the weights the version sets, by group code
     * @param keptGroups  computed kept consumables-procurement groups, whose previous standard stays (二(一))
     * @param refusals    why the set may not be adopted; empty when it may
     */
    public record Decision(boolean adoptable, List<AdoptedWeight> adopted, List<String> keptGroups,
                           List<Refusal> refusals, List<Basis> basis) implements PolicyDecision {
        public Decision {
            adopted = List.copyOf(adopted);
            keptGroups = List.copyOf(keptGroups);
            refusals = List.copyOf(refusals);
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<Boolean> fourEyes;
    private final EffectiveDated<Boolean> coversEveryWeightedGroup;
    private final EffectiveDated<Boolean> retroactive;
    private final EffectiveDated<Boolean> byDischargeDate;

    public DrgWeightAdoption(ParameterSet parameters) {
        fourEyes = parameters.get("drg-weight-adoption-four-eyes", ParameterNode::flag);
        coversEveryWeightedGroup = parameters.get("drg-weight-adoption-covers-every-weighted-group",
                ParameterNode::flag);
        retroactive = parameters.get("drg-weight-adoption-retroactive", ParameterNode::flag);
        byDischargeDate = parameters.get("drg-group-table-version-by-discharge-date", ParameterNode::flag);
    }

    /** @param adoptedOn the day of the adoption */
    @Override
    public Decision decide(Input input, LocalDate adoptedOn) {
        Inputs.required("input", input);
        Inputs.required("adoptedOn", adoptedOn);
        LocalDate effectiveFrom = Inputs.required("effectiveFrom", input.effectiveFrom());
        List<ComputedWeight> computed = Inputs.required("computed", input.computed());
        List<DrgGroup> inForce = Inputs.required("groupsInForce", input.groupsInForce());
        InForce<Boolean> fourEyes = this.fourEyes.on(adoptedOn, "adoptedOn");
        InForce<Boolean> covers = this.coversEveryWeightedGroup.on(adoptedOn, "adoptedOn");
        InForce<Boolean> retroactive = this.retroactive.on(adoptedOn, "adoptedOn");
        if (!retroactive.value() && effectiveFrom.isBefore(adoptedOn)) {
            throw new PolicyInputException("effectiveFrom", "is before the adoption day " + adoptedOn
                    + ": settled cases are not re-priced (" + DRG_2_0 + " 二(一), " + retroactive.version() + ")");
        }
        Basis article = Basis.of(DRG_2_0, "二(一)");
        List<Refusal> refusals = new ArrayList<>();
        if (fourEyes.value() && input.computedBy() != null && input.computedBy().equals(input.adoptedBy())) {
            refusals.add(new Refusal("ADOPTER_RAN_THE_COMPUTATION", "the weight set is adopted by an officer other "
                    + "than the one who computed it", article.withParameters(fourEyes.version())));
        }
        if (input.versionDaysTaken() != null && input.versionDaysTaken().contains(effectiveFrom)) {
            refusals.add(new Refusal("VERSION_EXISTS_ON_THAT_DAY", "a version of the group table already starts on "
                    + effectiveFrom, article));
        }
        Map<String, DrgGroup> table = new TreeMap<>();   // by group code: a stable order for the version
        inForce.forEach(g -> table.put(g.code(), g));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < computed.size(); i++) {
            ComputedWeight w = Inputs.required("computed[" + i + "]", computed.get(i));
            Inputs.code("computed[" + i + "].groupCode", w.groupCode());
            Inputs.positive("computed[" + i + "].weight", w.weight());
            weights.put(w.groupCode(), w.weight());
        }
        TreeSet<String> unknown = new TreeSet<>(weights.keySet());
        unknown.removeAll(table.keySet());
        if (!unknown.isEmpty()) {
            refusals.add(new Refusal("GROUP_NOT_IN_TABLE", "computed groups not in the group table in force: "
                    + String.join(", ", unknown), Basis.of(DRG_2_0, "一")));
        }
        List<AdoptedWeight> adopted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        TreeSet<String> uncovered = new TreeSet<>();
        for (DrgGroup group : table.values()) {
            BigDecimal weight = weights.get(group.code());
            if (group.keptConsumablesProcurementGroup()) {
                if (weight != null) {
                    kept.add(group.code());
                }
            } else if (weight != null) {
                adopted.add(new AdoptedWeight(group.code(), group.weight(), weight));
            } else {
                uncovered.add(group.code());
            }
        }
        if (covers.value() && !uncovered.isEmpty()) {
            refusals.add(new Refusal("WEIGHTED_GROUP_NOT_COVERED", "the weight set gives no weight to "
                    + uncovered.size() + " weighted group(s) of the table, e.g. " + uncovered.first(),
                    article.withParameters(covers.version())));
        }
        if (adopted.isEmpty() && unknown.isEmpty()) {
            refusals.add(new Refusal("NOTHING_TO_ADOPT", "the weight set weighs no group of the table outside the "
                    + "kept consumables-procurement groups", article));
        }
        List<Basis> basis = new ArrayList<>();
        basis.add(article.withParameters(String.join(",", fourEyes.version(), covers.version(),
                retroactive.version())));
        refusals.forEach(r -> r.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add));
        return new Decision(refusals.isEmpty(), adopted, kept, refusals, basis);
    }

    /**
     * The day whose group-table version prices a case: its discharge day, or (parameter false) the day it is settled.
     */
    public LocalDate versionDay(LocalDate dischargeDate, LocalDate settledOn) {
        return byDischargeDate.on(settledOn, "dischargeDate").value() ? dischargeDate : settledOn;
    }

    /** The parameter version {@link #versionDay} used, for the basis. */
    public String versionDayRule(LocalDate settledOn) {
        return byDischargeDate.on(settledOn, "dischargeDate").version();
    }
}
