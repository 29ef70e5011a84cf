package cn.beijing.platform.medical.policy.price;

import java.math.BigDecimal;

/**
 * A price item with a maximum guide price (最高指导价格: "不得上浮,下浮幅度不限"), as in 附件1 of
 * 京医保发〔2024〕22号. {@code insuranceClassesAsPrinted} keeps the 医保类别/工伤保险类别 cells as printed.
 */
public record MaximumGuidePriceItem(String code, String name, String unit, BigDecimal maximumGuidePrice,
                                    String insuranceClassesAsPrinted) {
}
