package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterKey;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第二条 科技保险: an enterprise or platform operator with one of the listed recognitions whose premiums for
 * technology insurance in the year exceed 10万 (超过: exclusive) → 50% of the premiums; a national 专精特新"小巨人" → 60%;
 * at most 50万 per enterprise a year.
 * <p>[platform rule] the "超过10万元" condition also applies to "小巨人" (little_giant_threshold_applies_flag).
 */
@Rule(id = "industrial-finance-article-02", document = Documents.INDUSTRIAL_FINANCE, article = "第二条",
        parameters = "industrial-finance-article-02-tech-insurance")
public final class TechInsuranceSubsidy extends TermsArticle<TechInsuranceSubsidy.Input, TechInsuranceSubsidy.Terms> {

    static final int ARTICLE = 2;

    /** Amounts in 万元. */
    public record Terms(BigDecimal premiumThresholdExclusive, BigDecimal ratePercent, BigDecimal littleGiantRatePercent,
                        BigDecimal annualCap,
                        @ParameterKey("little_giant_threshold_applies_flag") boolean littleGiantThresholdApplies) {
    }

    public enum Recognition {
        /** 北京市"专精特新"中小企业. */
        MUNICIPAL_SPECIALISED_SME,
        /** 国家高新技术企业. */
        NATIONAL_HIGH_TECH_ENTERPRISE,
        /** "科创中国"创新基地 operator. */
        SCI_TECH_CHINA_BASE_OPERATOR,
        /** 省级及以上科技企业孵化器 operator. */
        PROVINCIAL_INCUBATOR_OPERATOR,
        /** 经开区创新孵化载体 operator. */
        YIZHUANG_INCUBATION_CARRIER_OPERATOR,
        /** 国家级专精特新"小巨人". */
        NATIONAL_LITTLE_GIANT
    }

    /** @param annualPremiums 当年实际保费总支出 for technology insurance, yuan */
    public record Input(Set<Recognition> recognitions, BigDecimal annualPremiums) {
    }

    public TechInsuranceSubsidy(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        BigDecimal premiums = FinanceTerms.tenThousand("annualPremiums", in.annualPremiums());
        Set<Recognition> recognitions = in.recognitions() == null ? Set.of() : in.recognitions();
        Terms t = terms(decisionDate);
        List<Basis> basis = basis(decisionDate);
        boolean littleGiant = recognitions.contains(Recognition.NATIONAL_LITTLE_GIANT);
        boolean thresholdApplies = !littleGiant || t.littleGiantThresholdApplies();
        Conditions conditions = conditions()
                .require(!recognitions.isEmpty(), "NO_RECOGNITION", "none of the recognitions listed in 第二条")
                .require(!thresholdApplies || premiums.compareTo(t.premiumThresholdExclusive()) > 0,
                        "PREMIUMS_NOT_ABOVE_THRESHOLD",
                        "premiums of the year not above " + t.premiumThresholdExclusive() + "万元");
        if (!conditions.met()) {
            return FinanceSupportDecision.refused(ARTICLE, "PREMIUMS", conditions.failures(), basis);
        }
        BigDecimal rate = littleGiant ? t.littleGiantRatePercent() : t.ratePercent();
        return FinanceSupportDecision.granted(ARTICLE, littleGiant ? "LITTLE_GIANT" : "RECOGNISED_ENTERPRISE",
                Money.percentOf(premiums, rate), t.annualCap(), basis);
    }
}
