package cn.beijing.platform.energy.policy.rating;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Which buildings must be rated (京建法〔2024〕12号 第三条, 第十五条(二)), which are large public buildings
 * bound by the annual deadline (第八条), and which are mandatory statistics samples (京建法〔2024〕13号 第三条).
 *
 * <p>Thresholds, read as 民法典 第一千二百五十九条 says: "3000平方米以上" → {@code publicArea >= 3000};
 * "占比超过50%" → {@code publicArea / totalArea > 0.50}; "超过20000平方米" and "大于20000平方米" →
 * {@code totalArea > 20000}; "大于3000平方米的国家机关办公建筑" → {@code totalArea > 3000}.
 */
@Rule(id = "rating-scope", document = EnergyDocuments.RATING, article = "第三条", parameters = {
        "rating-scope-public-area-minimum", "rating-scope-public-share-threshold", "large-public-building-area",
        "statistics-large-public-building-area", "statistics-state-organ-office-area",
        "statistics-public-share-threshold"})
public final class RatingScope implements Decides<RatingScope.Input, RatingScope.Decision> {


    /**
     * @param totalArea               single-building floor area, m² (单体建筑面积)
     * @param publicArea              floor area of the public-use part, m² (公共建筑部分面积)
     * @param stateSecret             the building involves state secrets (第三条第二款)
     * @param stateOrganOffice        state-organ office building (国家机关办公建筑, 13号 第三条(一))
     * @param centralGovernmentOffice office area of central and state organs or their public institutions
     *                                in Beijing (第十五条(二)); implies nothing about {@code stateOrganOffice}
     */
    public record Input(BigDecimal totalArea, BigDecimal publicArea, boolean stateSecret, boolean stateOrganOffice,
                        boolean centralGovernmentOffice) {
    }

    /** Why a building meeting 第三条 is nevertheless not rated under 京建法〔2024〕12号. */
    public enum RatingExemption {
        /** 第三条第二款: 涉及国家秘密的公共建筑除外. */
        STATE_SECRET,
        /** 第十五条(二): rated under separate rules of 国管局 / 中直管理局. */
        CENTRAL_GOVERNMENT_OFFICE
    }

    /** Why a building is a mandatory statistics sample (京建法〔2024〕13号 第三条(一)). */
    public enum StatisticsSampleCategory {
        LARGE_PUBLIC_BUILDING,
        STATE_ORGAN_OFFICE_BUILDING
    }

    /**
     * @param ratingRequired        must be rated under 京建法〔2024〕12号
     * @param meetsRatingCriteria   meets the area and share tests of 第三条 (before exemptions)
     * @param largePublicBuilding   a public building (第三条 tests met) with single-building area above the
     *                              第八条 threshold — whether or not exempt
     * @param ratingDeadlineApplies rating required and large: the 第八条 annual deadline and 第十三条 enforcement apply
     * @param statisticsMandatory   a mandatory sample of the statistics survey (13号 第三条(一)); 13号 has no
     *                              state-secret or central-office exclusion, confidentiality is 第八条's business
     * @param exemptions            exemptions recorded for a building that meets 第三条 but is not rated
     * @param publicShare           publicArea / totalArea (informative, 16 significant digits)
     */
    public record Decision(boolean ratingRequired, boolean meetsRatingCriteria, boolean largePublicBuilding,
                           boolean ratingDeadlineApplies, boolean statisticsMandatory,
                           List<StatisticsSampleCategory> statisticsCategories, List<RatingExemption> exemptions,
                           BigDecimal publicShare, List<Basis> basis) {
        public Decision {
            statisticsCategories = List.copyOf(statisticsCategories);
            exemptions = List.copyOf(exemptions);
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<BigDecimal> ratingPublicAreaMinimum;
    private final EffectiveDated<BigDecimal> ratingPublicShareThreshold;
    private final EffectiveDated<BigDecimal> largePublicBuildingArea;
    private final EffectiveDated<BigDecimal> statisticsLargePublicBuildingArea;
    private final EffectiveDated<BigDecimal> statisticsStateOrganOfficeArea;
    private final EffectiveDated<BigDecimal> statisticsPublicShareThreshold;

    public RatingScope(ParameterSet parameters) {
        ratingPublicAreaMinimum = parameters.get("rating-scope-public-area-minimum", ParameterNode::nonNegative);
        ratingPublicShareThreshold = parameters.get("rating-scope-public-share-threshold", ParameterNode::ratio);
        largePublicBuildingArea = parameters.get("large-public-building-area", ParameterNode::nonNegative);
        statisticsLargePublicBuildingArea = parameters.get("statistics-large-public-building-area",
                ParameterNode::nonNegative);
        statisticsStateOrganOfficeArea = parameters.get("statistics-state-organ-office-area",
                ParameterNode::nonNegative);
        statisticsPublicShareThreshold = parameters.get("statistics-public-share-threshold", ParameterNode::ratio);
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        Inputs.required("decisionDate", decisionDate);
        BigDecimal total = Inputs.positive("totalArea", input.totalArea());
        BigDecimal publicArea = Inputs.nonNegative("publicArea", input.publicArea());
        if (publicArea.compareTo(total) > 0) {
            throw new PolicyInputException("publicArea", "public-use area " + publicArea.toPlainString()
                    + " exceeds total area " + total.toPlainString());
        }

        InForce<BigDecimal> areaMinimum = ratingPublicAreaMinimum.on(decisionDate);
        InForce<BigDecimal> shareThreshold = ratingPublicShareThreshold.on(decisionDate);
        InForce<BigDecimal> largeArea = largePublicBuildingArea.on(decisionDate);
        InForce<BigDecimal> statsLargeArea = statisticsLargePublicBuildingArea.on(decisionDate);
        InForce<BigDecimal> statsOrganArea = statisticsStateOrganOfficeArea.on(decisionDate);
        InForce<BigDecimal> statsShare = statisticsPublicShareThreshold.on(decisionDate);

        List<Basis> basis = new ArrayList<>();

        // 第三条: 公共建筑部分面积在3000平方米以上 (>=) 且 占比超过50% (>); share compared without division.
        boolean areaMet = publicArea.compareTo(areaMinimum.value()) >= 0;
        boolean shareMet = shareAbove(publicArea, total, shareThreshold.value());
        boolean meetsCriteria = areaMet && shareMet;
        basis.add(EnergyDocuments.withAll(EnergyDocuments.rating("第三条"), areaMinimum, shareThreshold));

        List<RatingExemption> exemptions = new ArrayList<>();
        if (meetsCriteria && input.stateSecret()) {
            exemptions.add(RatingExemption.STATE_SECRET);
        }
        if (meetsCriteria && input.centralGovernmentOffice()) {
            exemptions.add(RatingExemption.CENTRAL_GOVERNMENT_OFFICE);
            basis.add(EnergyDocuments.rating("第十五条(二)"));
        }
        boolean ratingRequired = meetsCriteria && exemptions.isEmpty();

        // 第八条: 大型公共建筑(单体建筑面积超过20000平方米) — a public building in the 第三条 sense.
        // Cited either way: "not large" rests on the same threshold.
        boolean large = meetsCriteria && total.compareTo(largeArea.value()) > 0;
        basis.add(EnergyDocuments.rating("第八条", largeArea));

        // 13号 第三条(一): 建筑面积大于20000平方米的大型公共建筑、建筑面积大于3000平方米的国家机关办公建筑,
        // 且公共建筑部分的面积占比超过50%.
        List<StatisticsSampleCategory> categories = new ArrayList<>();
        boolean statsShareMet = shareAbove(publicArea, total, statsShare.value());
        if (statsShareMet && total.compareTo(statsLargeArea.value()) > 0) {
            categories.add(StatisticsSampleCategory.LARGE_PUBLIC_BUILDING);
        }
        if (statsShareMet && input.stateOrganOffice() && total.compareTo(statsOrganArea.value()) > 0) {
            categories.add(StatisticsSampleCategory.STATE_ORGAN_OFFICE_BUILDING);
        }
        basis.add(EnergyDocuments.withAll(EnergyDocuments.statistics("第三条"), statsLargeArea, statsOrganArea,
                statsShare));

        BigDecimal share = publicArea.divide(total, MathContext.DECIMAL64);
        return new Decision(ratingRequired, meetsCriteria, large, ratingRequired && large, !categories.isEmpty(),
                categories, exemptions, share, basis);
    }

    /** {@code part / whole > threshold}, evaluated exactly as {@code part > threshold × whole}. */
    private static boolean shareAbove(BigDecimal part, BigDecimal whole, BigDecimal threshold) {
        return part.compareTo(threshold.multiply(whole)) > 0;
    }
}
