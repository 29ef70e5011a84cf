package cn.beijing.platform.medical.policy.price;

import cn.beijing.platform.policy.parameters.ParameterNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The price items a notice sets: items with a maximum guide price, and abolished items (code → printed name). */
public record PriceItemTable(Map<String, MaximumGuidePriceItem> maximumGuidePriceItems,
                             Map<String, String> abolishedItems) {

    public PriceItemTable {
        maximumGuidePriceItems = Map.copyOf(maximumGuidePriceItems);
        abolishedItems = Map.copyOf(abolishedItems);
        for (String code : abolishedItems.keySet()) {
            if (maximumGuidePriceItems.containsKey(code)) {
                throw new IllegalArgumentException(code + " is both priced and abolished");
            }
        }
    }

    /**
     * The table of a parameter file: {@code maximum_guide_price_items} keyed by code ({@code name}, {@code unit},
     * {@code maximum_guide_price}, optional {@code insurance_classes_as_printed}) and {@code abolished_items} (code →
     * printed name).
     */
    public static PriceItemTable read(ParameterNode value) {
        Map<String, MaximumGuidePriceItem> priced = new LinkedHashMap<>();
        value.get("maximum_guide_price_items").entries().forEach((code, item) -> {
            BigDecimal maximum = item.get("maximum_guide_price").nonNegative();
            priced.put(code, new MaximumGuidePriceItem(code, item.text("name"), item.text("unit"), maximum,
                    item.has("insurance_classes_as_printed") ? item.text("insurance_classes_as_printed") : null));
        });
        return new PriceItemTable(priced, value.get("abolished_items").map(ParameterNode::text));
    }
}
