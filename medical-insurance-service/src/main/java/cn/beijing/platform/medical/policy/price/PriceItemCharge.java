package cn.beijing.platform.medical.policy.price;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.PRICE_ITEMS;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.DecidesByInput;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.beijing.platform.policy.Basis;

/**
 * 京医保发〔2024〕22号 (in force 2024-12-28, the {@code valid_from} of parameter {@code medical-service-price-items}):
 * <ul>
 * <li>一 / 附件1: KNC32701 经照射自体血回输治疗, 50 yuan per 次, maximum guide price — "不得上浮,下浮幅度不限":
 * {@code unitPrice <= 50} accepted (any lower price, down to 0), {@code > 50} refused;</li>
 * <li>二 / 附件2: LEAZX001 紫外线照射充氧血液回输治疗 abolished — any charge for a service on or after 2024-12-28
 * is refused.</li>
 * </ul>
 * The window is chosen by the <b>service date</b>, never the billing date.
 */
@Rule(id = "price-item-charge", document = PRICE_ITEMS, article = "一", parameters = "medical-service-price-items")
public final class PriceItemCharge implements DecidesByInput<PriceItemChargeInput, PriceItemChargeDecision> {

    private final EffectiveDated<PriceItemTable> items;

    public PriceItemCharge(ParameterSet parameters) {
        items = parameters.get("medical-service-price-items", PriceItemTable::read);
    }

    /** The input's service date decides, never the billing date. */
    @Override
    public PriceItemChargeDecision evaluate(PriceItemChargeInput input) {
        Inputs.required("input", input);
        String code = Inputs.code("itemCode", input.itemCode()).toUpperCase(Locale.ROOT);
        BigDecimal price = Inputs.nonNegative("unitPrice", input.unitPrice());
        LocalDate serviceDate = Inputs.required("serviceDate", input.serviceDate());
        EffectiveDated.Version<PriceItemTable> firstNaming = items.versions().stream()
                .filter(v -> names(v.value(), code)).findFirst()
                .orElseThrow(() -> new PolicyInputException("itemCode", code + " is not a price item of " + PRICE_ITEMS));
        var version = items.find(serviceDate);
        if (version.isEmpty() || !names(version.get().value(), code)) {
            String article = firstNaming.value().abolishedItems().containsKey(code) ? "二" : "一";
            return new PriceItemChargeDecision(code, serviceDate, price,
                    PriceItemChargeStatus.NOT_GOVERNED_ON_SERVICE_DATE, true, null,
                    List.of(Basis.of(PRICE_ITEMS, article).withParameters(items.name() + "@" + firstNaming.validFrom())));
        }
        String parameters = version.get().version();
        PriceItemTable table = version.get().value();
        if (table.abolishedItems().containsKey(code)) {
            return new PriceItemChargeDecision(code, serviceDate, price, PriceItemChargeStatus.REFUSED_ITEM_ABOLISHED,
                    false, null, List.of(Basis.of(PRICE_ITEMS, "二").withParameters(parameters),
                    Basis.of(PRICE_ITEMS, "附件2").withParameters(parameters)));
        }
        MaximumGuidePriceItem item = table.maximumGuidePriceItems().get(code);
        boolean withinMaximum = price.compareTo(item.maximumGuidePrice()) <= 0;
        return new PriceItemChargeDecision(code, serviceDate, price,
                withinMaximum ? PriceItemChargeStatus.ACCEPTED : PriceItemChargeStatus.REFUSED_ABOVE_MAXIMUM_GUIDE_PRICE,
                withinMaximum, item.maximumGuidePrice(),
                List.of(Basis.of(PRICE_ITEMS, "一").withParameters(parameters),
                        Basis.of(PRICE_ITEMS, "附件1").withParameters(parameters)));
    }

    private static boolean names(PriceItemTable table, String code) {
        return table.abolishedItems().containsKey(code) || table.maximumGuidePriceItems().containsKey(code);
    }
}
