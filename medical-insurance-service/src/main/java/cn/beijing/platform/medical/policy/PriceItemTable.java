package cn.beijing.platform.medical.policy;

import java.util.Map;

/** The price items a notice sets: items with a maximum guide price, and abolished items (code → printed name). */
public record PriceItemTable(Map<String, MaximumGuidePriceItem> maximumGuidePriceItems,
                             Map<String, String> abolishedItems) {

    public PriceItemTable {
        maximumGuidePriceItems = Map.copyOf(maximumGuidePriceItems);
        abolishedItems = Map.copyOf(abolishedItems);
    }
}
