package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第十三条 持牌法人金融机构扩大业务规模, in the landing year and with positive growth: banking legal persons (统计代码66)
 * with revenue of 5亿 or more → 0.5% of revenue, at most 1000万; securities (67) with trading volume of 500亿 or more →
 * 1% of revenue, at most 500万; insurance (68) with premium income of 200亿 or more → 0.5% of revenue, at most 300万.
 * 就高不重复 with 第三条 and 第十四条.
 * <p>[platform rule] "正增长" is read on the same quantity as the threshold, against the previous year.
 */
@Rule(id = "industrial-finance-article-13", document = Documents.INDUSTRIAL_FINANCE, article = "第十三条",
        parameters = "industrial-finance-article-13-institution-scale")
public final class InstitutionScaleReward extends TermsArticle<InstitutionScaleReward.Input, InstitutionScaleReward.Terms> {

    static final int ARTICLE = 13;

    /** Amounts in 万元. */
    public record SectorTerms(String statisticalCode, BigDecimal minMeasure, BigDecimal ratePercent, BigDecimal cap) {
    }

    public record Terms(SectorTerms banking, SectorTerms securities, SectorTerms insurance) {
    }

    public enum Sector {
        /** 66: 银行、汽车金融、财务公司、金融租赁. Measure: revenue. */
        BANKING,
        /** 67: 证券公司、公募基金、基金销售. Measure: securities trading volume. */
        SECURITIES,
        /** 68: 保险公司、保险经纪、保险代理. Measure: premium income. */
        INSURANCE
    }

    /**
     * @param landingYear         the year is the institution's landing year (落户当年)
     * @param measure             the year's revenue (66), trading volume (67) or premium income (68), yuan
     * @param previousYearMeasure the same quantity a year before, yuan ({@code null}: unknown, no growth shown)
     * @param revenue             the year's operating revenue (营业收入), yuan
     */
    public record Input(Sector sector, boolean landingYear, BigDecimal measure, BigDecimal previousYearMeasure,
                        BigDecimal revenue) {
    }

    public InstitutionScaleReward(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        Sector sector = Inputs.required("sector", in.sector());
        BigDecimal measure = FinanceTerms.tenThousand("measure", in.measure());
        BigDecimal revenue = FinanceTerms.tenThousand("revenue", in.revenue());
        Terms t = terms(decisionDate);
        SectorTerms s = switch (sector) {
            case BANKING -> t.banking();
            case SECURITIES -> t.securities();
            case INSURANCE -> t.insurance();
        };
        List<Basis> basis = basis(decisionDate);
        Conditions conditions = conditions()
                .require(in.landingYear(), "NOT_LANDING_YEAR", "not the landing year (落户当年)")
                .require(measure.compareTo(s.minMeasure()) >= 0, "SCALE_BELOW_MINIMUM",
                        sector + " scale below " + s.minMeasure() + "万元")
                .require(in.previousYearMeasure() != null && measure.compareTo(
                                FinanceTerms.tenThousand("previousYearMeasure", in.previousYearMeasure())) > 0,
                        "NO_POSITIVE_GROWTH", "no positive growth (正增长)");
        if (!conditions.met()) {
            return FinanceSupportDecision.refused(ARTICLE, sector.name(), conditions.failures(), basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, sector.name() + "_" + s.statisticalCode(),
                Money.percentOf(revenue, s.ratePercent()), s.cap(), basis);
    }
}
