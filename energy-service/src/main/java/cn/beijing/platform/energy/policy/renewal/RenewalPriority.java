package cn.beijing.platform.energy.policy.renewal;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Buildings that districts may promote first (京建法〔2024〕14号 第九条第二款): "在产权关系清晰、物业权利人有推介意愿的前提下,
 * 以下四类楼宇可优先推介、重点推动: 1.整栋空置; 2.按'疏解整治促提升'要求已完成疏解腾退; 3.物业权利人亟需寻找市场合作主体的;
 * 4.经市、区人民政府认定需要重点支持的,或纳入低效楼宇基础台账且同时存在老旧问题的楼宇等".
 */
@Rule(id = "renewal-priority", document = EnergyDocuments.RENEWAL, article = "第九条")
public final class RenewalPriority implements Decides<RenewalPriority.Input, RenewalPriority.Decision> {

    /**
     * @param clearPropertyRights        产权关系清晰 (precondition)
     * @param ownerWillingToPromote      物业权利人有推介意愿 (precondition)
     * @param wholeBuildingVacant        1. 整栋空置
     * @param relocationCompleted        2. 已完成疏解腾退
     * @param ownerSeekingMarketPartner  3. 物业权利人亟需寻找市场合作主体
     * @param designatedForKeySupport    4. 经市、区人民政府认定需要重点支持
     * @param onLowEfficiencyLedger      on the district's low-efficiency building ledger (第八条)
     * @param oldBuilding                class 1 or class 2 old building ({@link OldBuildingClassification})
     */
    public record Input(boolean clearPropertyRights, boolean ownerWillingToPromote, boolean wholeBuildingVacant,
                        boolean relocationCompleted, boolean ownerSeekingMarketPartner,
                        boolean designatedForKeySupport, boolean onLowEfficiencyLedger, boolean oldBuilding) {
    }

    public enum Category {
        /** 1. 整栋空置. */
        WHOLE_BUILDING_VACANT,
        /** 2. 按"疏解整治促提升"要求已完成疏解腾退. */
        RELOCATION_COMPLETED,
        /** 3. 物业权利人亟需寻找市场合作主体. */
        OWNER_SEEKING_MARKET_PARTNER,
        /** 4. 经市、区人民政府认定需要重点支持. */
        DESIGNATED_FOR_KEY_SUPPORT,
        /** 4. 纳入低效楼宇基础台账且同时存在老旧问题. */
        LOW_EFFICIENCY_AND_OLD
    }

    /**
     * @param preconditionsMet clear property rights and an owner willing to be promoted
     * @param categories       categories met (listed even when preconditions fail, for the record)
     * @param priority         preconditions met and at least one category
     */
    public record Decision(boolean priority, boolean preconditionsMet, List<Category> categories,
                           List<Basis> basis) {
        public Decision {
            categories = List.copyOf(categories);
            basis = List.copyOf(basis);
        }
    }

    private final RenewalTrialPeriod trialPeriod;

    public RenewalPriority(RenewalTrialPeriod trialPeriod) {
        this.trialPeriod = Objects.requireNonNull(trialPeriod, "trialPeriod");
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        RenewalTrialPeriod.Validity validity = trialPeriod.requireInForce(decisionDate, "decisionDate");
        List<Category> categories = new ArrayList<>();
        if (input.wholeBuildingVacant()) {
            categories.add(Category.WHOLE_BUILDING_VACANT);
        }
        if (input.relocationCompleted()) {
            categories.add(Category.RELOCATION_COMPLETED);
        }
        if (input.ownerSeekingMarketPartner()) {
            categories.add(Category.OWNER_SEEKING_MARKET_PARTNER);
        }
        if (input.designatedForKeySupport()) {
            categories.add(Category.DESIGNATED_FOR_KEY_SUPPORT);
        }
        if (input.onLowEfficiencyLedger() && input.oldBuilding()) {
            categories.add(Category.LOW_EFFICIENCY_AND_OLD);
        }
        boolean preconditions = input.clearPropertyRights() && input.ownerWillingToPromote();
        List<Basis> basis = new ArrayList<>(validity.basis());
        basis.add(EnergyDocuments.renewal("第九条"));
        return new Decision(preconditions && !categories.isEmpty(), preconditions, categories, basis);
    }
}
