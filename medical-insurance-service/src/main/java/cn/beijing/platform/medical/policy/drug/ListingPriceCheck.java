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
 * 京医保发〔2024〕21号 三(九) (and 一(四) for same-generic-name drugs): a listing price "不得高于" its ceiling,
 * i.e. {@code listingPrice <= ceiling}; equal is allowed.
 */
@Rule(id = "listing-price", document = DRUG_CATALOGUE_2024, article = "三(九)")
public final class ListingPriceCheck implements DecidesByInput<ListingPriceInput, ListingPriceDecision> {

    /** The same on every day. */
    @Override
    public ListingPriceDecision evaluate(ListingPriceInput input) {
        Inputs.required("input", input);
        ListedDrugKind kind = Inputs.required("kind", input.kind());
        BigDecimal price = Inputs.nonNegative("listingPrice", input.listingPrice());
        BigDecimal ceiling = Inputs.positive("ceiling", input.ceiling());
        boolean allowed = price.compareTo(ceiling) <= 0;
        BigDecimal excess = Money.yuan(price.subtract(ceiling).max(BigDecimal.ZERO));
        List<Basis> basis = switch (kind) {
            case NEGOTIATED_DRUG, ON_SITE_BID -> List.of(Basis.of(DRUG_CATALOGUE_2024, "三(九)"));
            case SAME_GENERIC_NAME_DURING_AGREEMENT -> List.of(
                    Basis.of(DRUG_CATALOGUE_2024, "一(四)"), Basis.of(DRUG_CATALOGUE_2024, "三(九)"));
        };
        return new ListingPriceDecision(kind, allowed, ceiling, excess, basis);
    }
}
