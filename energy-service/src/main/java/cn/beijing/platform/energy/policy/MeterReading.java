package cn.beijing.platform.energy.policy;

import java.math.BigDecimal;

/** An annual quantity of one carrier, in that carrier's unit (see {@link EnergyCarrier}). */
public record MeterReading(EnergyCarrier carrier, BigDecimal quantity) {
}
