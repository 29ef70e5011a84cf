package cn.beijing.platform.medical.policy.drug;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import cn.beijing.platform.policy.DecidesByInput;
import cn.beijing.platform.policy.Rule;
import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * 京医保发〔2024〕21号 一(三): negotiated and competitive-bid drugs carry the national payment standard {@code S};
 * for bid drugs with a standard and newly listed national-procurement drugs, the part of the actual price above
 * {@code S} is borne by the insured, and a price below {@code S} is reimbursed at the actual price.
 * <p>
 * Rounding: each total ({@code min(P,S)×q}, {@code max(0,P−S)×q}) is rounded once, HALF_UP to 0.01 yuan.
 */
@Rule(id = "drug-price-evaluation", document = DRUG_CATALOGUE_2024, article = "一(三)")
public final class DrugPaymentStandard implements DecidesByInput<DrugPriceInput, DrugPriceEvaluation> {

    static final String ARTICLE = "一(三)";

    /** The same on every day. */
    @Override
    public DrugPriceEvaluation evaluate(DrugPriceInput input) {
        Inputs.required("input", input);
        BigDecimal price = Inputs.nonNegative("price", input.price());
        BigDecimal standard = Inputs.positive("paymentStandard", input.paymentStandard());
        BigDecimal quantity = Inputs.positive("quantity", input.quantity());
        return evaluate(price, standard, quantity, List.of(Basis.of(DRUG_CATALOGUE_2024, ARTICLE)));
    }

    DrugPriceEvaluation evaluate(BigDecimal price, BigDecimal standard, BigDecimal quantity, List<Basis> basis) {
        BigDecimal reimbursablePerUnit = price.min(standard);
        BigDecimal extraPerUnit = price.subtract(standard).max(BigDecimal.ZERO);
        return new DrugPriceEvaluation(
                Money.yuan(reimbursablePerUnit.multiply(quantity)),
                Money.yuan(extraPerUnit.multiply(quantity)),
                basis);
    }
}
