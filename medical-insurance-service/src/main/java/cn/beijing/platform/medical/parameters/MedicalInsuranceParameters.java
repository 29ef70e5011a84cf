package cn.beijing.platform.medical.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.medical.policy.DrgGroupingScheme;
import cn.beijing.platform.medical.policy.DrgHighCostOutlier;
import cn.beijing.platform.medical.policy.DrgPaymentStandard;
import cn.beijing.platform.medical.policy.DrgSettlement;
import cn.beijing.platform.medical.policy.DrgWeightCalculation;
import cn.beijing.platform.medical.policy.DrugClaimLine;
import cn.beijing.platform.medical.policy.DrugPaymentStandard;
import cn.beijing.platform.medical.policy.DroppedNegotiatedDrugTransition;
import cn.beijing.platform.medical.policy.EffectiveDated;
import cn.beijing.platform.medical.policy.HerbalPieceExclusion;
import cn.beijing.platform.medical.policy.HerbalPieceExclusionLists;
import cn.beijing.platform.medical.policy.HighCostOutlierMultipliers;
import cn.beijing.platform.medical.policy.IschemicStrokeSingleDiseasePayment;
import cn.beijing.platform.medical.policy.KeptConsumablesProcurementGroups;
import cn.beijing.platform.medical.policy.ListingPriceCheck;
import cn.beijing.platform.medical.policy.OutpatientSpecialDiseaseAddition;
import cn.beijing.platform.medical.policy.OutpatientSpecialDiseaseScope;
import cn.beijing.platform.medical.policy.PriceItemCharge;
import cn.beijing.platform.medical.policy.PriceItemTable;
import cn.beijing.platform.medical.policy.ResidentCategory;
import cn.beijing.platform.medical.policy.ResidentContributionRates;
import cn.beijing.platform.medical.policy.ResidentContributionStandard;
import cn.beijing.platform.medical.policy.SpecialCaseQuota;
import cn.beijing.platform.medical.policy.SurplusRetentionRatios;
import cn.beijing.platform.medical.policy.WeightTrimmingParameters;

/**
 * Every parameter file of the medical-insurance service, loaded and validated, plus factories that hand each policy
 * class the parameters it needs (policy classes are stateless and thread-safe: build once, share).
 */
public record MedicalInsuranceParameters(
        EffectiveDated<Boolean> drugCatalogue2024InForce,
        EffectiveDated<LocalDate> droppedNegotiatedDrugTransition,
        EffectiveDated<HerbalPieceExclusionLists> herbalPieceExclusions,
        EffectiveDated<List<OutpatientSpecialDiseaseAddition>> outpatientSpecialDiseaseDrugAdditions,
        EffectiveDated<PriceItemTable> medicalServicePriceItems,
        EffectiveDated<Map<ResidentCategory, ResidentContributionRates>> residentContributionStandards,
        EffectiveDated<BigDecimal> drgBaseRate,
        EffectiveDated<BigDecimal> drgInfectiousDiseaseSpecialtyUplift,
        EffectiveDated<BigDecimal> drgInfectiousDiseaseSpecialtyRate,
        EffectiveDated<SurplusRetentionRatios> drgSurplusRetention,
        EffectiveDated<BigDecimal> drgSpecialCaseQuota,
        EffectiveDated<HighCostOutlierMultipliers> drgHighCostOutlierMultipliers,
        EffectiveDated<WeightTrimmingParameters> drgWeightTrimming,
        EffectiveDated<DrgGroupingScheme> drgGroupingScheme,
        EffectiveDated<Boolean> ischemicStrokeSingleDiseasePayment) {

    public List<EffectiveDated<?>> all() {
        return List.of(drugCatalogue2024InForce, droppedNegotiatedDrugTransition, herbalPieceExclusions,
                outpatientSpecialDiseaseDrugAdditions, medicalServicePriceItems, residentContributionStandards,
                drgBaseRate, drgInfectiousDiseaseSpecialtyUplift, drgInfectiousDiseaseSpecialtyRate,
                drgSurplusRetention, drgSpecialCaseQuota, drgHighCostOutlierMultipliers, drgWeightTrimming,
                drgGroupingScheme, ischemicStrokeSingleDiseasePayment);
    }

    public DrugPaymentStandard drugPaymentStandard() {
        return new DrugPaymentStandard();
    }

    public ListingPriceCheck listingPriceCheck() {
        return new ListingPriceCheck();
    }

    public DroppedNegotiatedDrugTransition droppedNegotiatedDrugTransitionRule() {
        return new DroppedNegotiatedDrugTransition(droppedNegotiatedDrugTransition);
    }

    public HerbalPieceExclusion herbalPieceExclusion() {
        return new HerbalPieceExclusion(herbalPieceExclusions);
    }

    public OutpatientSpecialDiseaseScope outpatientSpecialDiseaseScope() {
        return new OutpatientSpecialDiseaseScope(outpatientSpecialDiseaseDrugAdditions);
    }

    public DrugClaimLine drugClaimLine() {
        return new DrugClaimLine(drugCatalogue2024InForce, drugPaymentStandard(), droppedNegotiatedDrugTransitionRule(),
                herbalPieceExclusion());
    }

    public PriceItemCharge priceItemCharge() {
        return new PriceItemCharge(medicalServicePriceItems);
    }

    public ResidentContributionStandard residentContributionStandard() {
        return new ResidentContributionStandard(residentContributionStandards);
    }

    public DrgPaymentStandard drgPaymentStandard() {
        return new DrgPaymentStandard(drgBaseRate, drgInfectiousDiseaseSpecialtyRate);
    }

    public DrgHighCostOutlier drgHighCostOutlier() {
        return new DrgHighCostOutlier(drgHighCostOutlierMultipliers);
    }

    public DrgSettlement drgSettlement() {
        return new DrgSettlement(drgPaymentStandard(), drgSurplusRetention, new KeptConsumablesProcurementGroups(),
                drgHighCostOutlier());
    }

    public SpecialCaseQuota specialCaseQuota() {
        return new SpecialCaseQuota(drgSpecialCaseQuota);
    }

    public DrgWeightCalculation drgWeightCalculation() {
        return new DrgWeightCalculation(drgWeightTrimming);
    }

    public IschemicStrokeSingleDiseasePayment ischemicStrokeSingleDiseasePaymentRule() {
        return new IschemicStrokeSingleDiseasePayment(ischemicStrokeSingleDiseasePayment);
    }
}
