package cn.beijing.platform.medical.policy.drug;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.DecidesByInput;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * Decides one drug claim line under the 2024 catalogue (京医保发〔2024〕21号, in force from 2025-01-01 by 三(十四);
 * parameter {@code drug-catalogue-2024-in-force}, checked against the service date):
 * <ul>
 * <li>western, patent and negotiated parts are inclusion lists (一(二)); a line with a payment standard is split by
 * {@link DrugPaymentStandard} (一(三)); without one, the whole price is the reimbursable base;</li>
 * <li>negotiated drugs always carry the national standard (一(三)); [platform rule] the part above it, which the
 * listing-price ceiling of 三(九) should make impossible, is borne by the insured like for bid drugs;</li>
 * <li>dropped negotiated drugs: the named exception {@link DroppedNegotiatedDrugTransition} (一(五));</li>
 * <li>herbal pieces: the exclusion lists of {@link HerbalPieceExclusion} (一(二));</li>
 * <li>drugs not listed are not payable.</li>
 * </ul>
 */
@Rule(id = "drug-claim-line", document = DRUG_CATALOGUE_2024, article = "三(十四)",
        parameters = "drug-catalogue-2024-in-force")
public final class DrugClaimLine implements DecidesByInput<DrugClaimLineInput, DrugClaimLineDecision> {

    private final EffectiveDated<Boolean> catalogueInForce;
    private final DrugPaymentStandard paymentStandard;
    private final DroppedNegotiatedDrugTransition transition;
    private final HerbalPieceExclusion herbalPieceExclusion;

    public DrugClaimLine(ParameterSet parameters, DrugPaymentStandard paymentStandard,
                         DroppedNegotiatedDrugTransition transition, HerbalPieceExclusion herbalPieceExclusion) {
        this(parameters.get("drug-catalogue-2024-in-force", ParameterNode::flag), paymentStandard, transition,
                herbalPieceExclusion);
    }

    private DrugClaimLine(EffectiveDated<Boolean> catalogueInForce, DrugPaymentStandard paymentStandard,
                          DroppedNegotiatedDrugTransition transition, HerbalPieceExclusion herbalPieceExclusion) {
        this.catalogueInForce = catalogueInForce;
        this.paymentStandard = paymentStandard;
        this.transition = transition;
        this.herbalPieceExclusion = herbalPieceExclusion;
    }

    /** The same rule with other herbal exclusion lists (those of an imported catalogue). */
    public DrugClaimLine withHerbalPieceExclusion(HerbalPieceExclusion exclusion) {
        return new DrugClaimLine(catalogueInForce, paymentStandard, transition, exclusion);
    }

    /** The first day the 2024 catalogue is in force (三(十四)). */
    public LocalDate catalogueInForceFrom() {
        return catalogueInForce.versions().get(0).validFrom();
    }

    /** The input's service date decides. */
    @Override
    public DrugClaimLineDecision evaluate(DrugClaimLineInput input) {
        Inputs.required("input", input);
        DrugCatalogueStatus status = Inputs.required("status", input.status());
        BigDecimal price = Inputs.nonNegative("price", input.price());
        BigDecimal quantity = Inputs.positive("quantity", input.quantity());
        LocalDate serviceDate = input.serviceDate();
        InForce<Boolean> catalogue = catalogueInForce.on(serviceDate, "serviceDate");
        if (!catalogue.value()) {
            throw new PolicyInputException("serviceDate", "the 2024 catalogue is not in force on " + serviceDate);
        }
        Basis inForce = Basis.of(DRUG_CATALOGUE_2024, "三(十四)").withParameters(catalogue.version());
        Basis parts = Basis.of(DRUG_CATALOGUE_2024, "一(二)");
        return switch (status) {
            case WESTERN_MEDICINE, CHINESE_PATENT_MEDICINE -> {
                if (input.paymentStandard() == null) {
                    yield payableInFull(status, price, quantity, List.of(parts, inForce));
                }
                yield withStandard(status, price, input.paymentStandard(), quantity,
                        List.of(parts, Basis.of(DRUG_CATALOGUE_2024, DrugPaymentStandard.ARTICLE), inForce));
            }
            case NEGOTIATED_DRUG -> withStandard(status, price,
                    Inputs.required("paymentStandard", input.paymentStandard()), quantity,
                    List.of(parts, Basis.of(DRUG_CATALOGUE_2024, DrugPaymentStandard.ARTICLE), inForce));
            case DROPPED_NEGOTIATED_DRUG -> {
                BigDecimal original = Inputs.required("paymentStandard", input.paymentStandard());
                DroppedNegotiatedDrugTransitionDecision t = transition.evaluate(serviceDate);
                List<Basis> basis = concat(t.basis(), inForce);
                if (t.payableAtOriginalStandard()) {
                    yield withStandard(status, price, original, quantity,
                            concat(basis, Basis.of(DRUG_CATALOGUE_2024, DrugPaymentStandard.ARTICLE)));
                }
                yield notPayable(status, price, quantity, basis);
            }
            case CHINESE_HERBAL_PIECE -> {
                HerbalPiecePayabilityDecision h = herbalPieceExclusion.evaluate(input.herbName(), input.herbalUse(),
                        serviceDate);
                List<Basis> basis = concat(h.basis(), inForce);
                yield h.payable() ? payableInFull(status, price, quantity, basis)
                        : notPayable(status, price, quantity, basis);
            }
            case NOT_LISTED -> notPayable(status, price, quantity, List.of(parts, inForce));
        };
    }

    private DrugClaimLineDecision withStandard(DrugCatalogueStatus status, BigDecimal price, BigDecimal standard,
                                               BigDecimal quantity, List<Basis> basis) {
        Inputs.positive("paymentStandard", standard);
        DrugPriceEvaluation split = paymentStandard.evaluate(price, standard, quantity, basis);
        return new DrugClaimLineDecision(status, true, split.reimbursableBase(), split.insuredExtra(), basis);
    }

    private static DrugClaimLineDecision payableInFull(DrugCatalogueStatus status, BigDecimal price,
                                                       BigDecimal quantity, List<Basis> basis) {
        return new DrugClaimLineDecision(status, true, Money.yuan(price.multiply(quantity)), Money.zero(), basis);
    }

    private static DrugClaimLineDecision notPayable(DrugCatalogueStatus status, BigDecimal price, BigDecimal quantity,
                                                    List<Basis> basis) {
        return new DrugClaimLineDecision(status, false, Money.zero(), Money.yuan(price.multiply(quantity)), basis);
    }

    private static List<Basis> concat(List<Basis> first, Basis more) {
        List<Basis> all = new ArrayList<>(first);
        all.add(more);
        return all;
    }
}
