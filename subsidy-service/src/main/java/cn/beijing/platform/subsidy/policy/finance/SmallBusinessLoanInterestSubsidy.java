package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Documents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第四条 小微企业融资: a small or micro enterprise with a business loan → 50% of the interest actually paid in the year,
 * at most 25万 (北京市"专精特新" 40万, 国家级"小巨人" 50万); an enterprise supported by Beijing's first-loan interest
 * subsidy → 1:1 of the municipal support, at most 20万. 本条措施就高不重复享受: the higher of the two.
 */
@Rule(id = "industrial-finance-article-04", document = Documents.INDUSTRIAL_FINANCE, article = "第四条",
        parameters = "industrial-finance-article-04-small-business-loans")
public final class SmallBusinessLoanInterestSubsidy extends TermsArticle<SmallBusinessLoanInterestSubsidy.Input, SmallBusinessLoanInterestSubsidy.Terms> {

    static final int ARTICLE = 4;

    /** Amounts in 万元. */
    public record Terms(BigDecimal ratePercent, BigDecimal annualCap, BigDecimal municipalSpecialisedAnnualCap,
                        BigDecimal littleGiantAnnualCap, BigDecimal firstLoanMatchRatio, BigDecimal firstLoanCap) {
    }

    public enum Category {
        GENERAL,
        /** 北京市"专精特新". */
        MUNICIPAL_SPECIALISED,
        /** 国家级专精特新"小巨人". */
        NATIONAL_LITTLE_GIANT
    }

    /**
     * @param interestPaid              interest actually paid in the year, yuan
     * @param municipalFirstLoanSupport support received under Beijing's first-loan subsidy, yuan ({@code null}: none)
     */
    public record Input(boolean smallOrMicro, Category category, BigDecimal interestPaid,
                        BigDecimal municipalFirstLoanSupport) {
    }

    public SmallBusinessLoanInterestSubsidy(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        Category category = in.category() == null ? Category.GENERAL : in.category();
        BigDecimal interest = FinanceTerms.optionalTenThousand("interestPaid", in.interestPaid());
        BigDecimal firstLoan = FinanceTerms.optionalTenThousand("municipalFirstLoanSupport", in.municipalFirstLoanSupport());
        Terms t = terms(decisionDate);
        List<Basis> basis = basis(decisionDate);
        FinanceSupportDecision interestPart = null;
        if (in.smallOrMicro() && interest.signum() > 0) {
            BigDecimal cap = switch (category) {
                case GENERAL -> t.annualCap();
                case MUNICIPAL_SPECIALISED -> t.municipalSpecialisedAnnualCap();
                case NATIONAL_LITTLE_GIANT -> t.littleGiantAnnualCap();
            };
            interestPart = FinanceSupportDecision.granted(ARTICLE, "INTEREST_" + category.name(),
                    Money.percentOf(interest, t.ratePercent()), cap, basis);
        }
        FinanceSupportDecision firstLoanPart = null;
        if (firstLoan.signum() > 0) {
            firstLoanPart = FinanceSupportDecision.granted(ARTICLE, "FIRST_LOAN_MATCH",
                    firstLoan.multiply(t.firstLoanMatchRatio()), t.firstLoanCap(), basis);
        }
        if (interestPart == null && firstLoanPart == null) {
            return FinanceSupportDecision.refused(ARTICLE, "INTEREST", conditions().require(false, "NO_QUALIFYING_LOAN",
                    "no interest paid by a small or micro enterprise and no municipal first-loan support").failures(),
                    basis);
        }
        // 本条措施就高不重复享受: equal amounts keep the interest subsidy.
        boolean firstLoanHigher = interestPart == null
                || firstLoanPart != null && firstLoanPart.amount().compareTo(interestPart.amount()) > 0;
        return firstLoanHigher ? firstLoanPart : interestPart;
    }
}
