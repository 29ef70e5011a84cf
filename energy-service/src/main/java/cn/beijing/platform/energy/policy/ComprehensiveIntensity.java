package cn.beijing.platform.energy.policy;

import static cn.beijing.platform.energy.policy.PolicyInputs.nonNegative;
import static cn.beijing.platform.energy.policy.PolicyInputs.positive;
import static cn.beijing.platform.energy.policy.PolicyInputs.required;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.beijing.platform.common.basis.Basis;

/**
 * Annual comprehensive energy-use intensity of a public building (京建法〔2024〕12号 第二条, 第四条): metered
 * consumption per carrier, less the sub-metered excluded loads of 第四条第二款, converted to kilograms of
 * standard coal equivalent with the configured factors, divided by the floor area.
 *
 * <p>Carriers whose factor row says {@code counted_in_intensity: false} (water; on-site renewable energy, which is
 * not an external input — 第四条 "外部输入用能") are reported for the statistics survey but not converted.
 */
public final class ComprehensiveIntensity {

    /** One row of the conversion table. {@code kgcePerUnit} is {@code null} when the carrier is not counted. */
    public record ConversionFactor(EnergyCarrier carrier, String carrierUnit, BigDecimal kgcePerUnit,
                                   boolean countedInIntensity) {
        public ConversionFactor {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(carrierUnit, "carrierUnit");
            if (countedInIntensity && (kgcePerUnit == null || kgcePerUnit.signum() <= 0)) {
                throw new IllegalArgumentException(carrier + ": a counted carrier needs a positive factor");
            }
        }
    }

    /** The whole table; every carrier must have a row. */
    public record ConversionFactors(Map<EnergyCarrier, ConversionFactor> rows) {
        public ConversionFactors {
            EnumMap<EnergyCarrier, ConversionFactor> copy = new EnumMap<>(EnergyCarrier.class);
            copy.putAll(rows);
            Set<EnergyCarrier> missing = EnumSet.allOf(EnergyCarrier.class);
            missing.removeAll(copy.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("conversion factors missing for " + missing);
            }
            rows = Map.copyOf(copy);
        }

        public ConversionFactor of(EnergyCarrier carrier) {
            return rows.get(carrier);
        }
    }

    /**
     * @param conversionFactors effective-dated conversion table
     * @param decimalPlaces     [platform rule] decimals of the published intensity and total (HALF_UP)
     */
    public record Parameters(EffectiveDated<ConversionFactors> conversionFactors,
                             EffectiveDated<Integer> decimalPlaces) {
        public Parameters {
            Objects.requireNonNull(conversionFactors);
            Objects.requireNonNull(decimalPlaces);
        }
    }

    /** A sub-metered quantity excluded under 第四条第二款, in the carrier's unit. */
    public record ExcludedLoad(ExcludedLoadCategory category, EnergyCarrier carrier, BigDecimal quantity) {
    }

    /**
     * @param floorArea     floor area the intensity is expressed per, m² (the building area used for rating)
     * @param consumption   one reading per carrier (at most one per carrier)
     * @param excludedLoads excluded sub-metered quantities (at most one per category and carrier)
     */
    public record Input(BigDecimal floorArea, List<MeterReading> consumption, List<ExcludedLoad> excludedLoads) {
    }

    /**
     * @param kgcePerUnit {@code null} for carriers not counted
     * @param kgce        net × factor, unrounded; {@code null} for carriers not counted
     */
    public record CarrierLine(EnergyCarrier carrier, String unit, BigDecimal consumed, BigDecimal excluded,
                              BigDecimal net, BigDecimal kgcePerUnit, BigDecimal kgce, boolean countedInIntensity) {
    }

    /**
     * @param totalKgce comprehensive energy use, kgce, rounded to the configured decimals
     * @param intensity unrounded total ÷ floor area, kgce/m², rounded to the configured decimals (HALF_UP)
     */
    public record Decision(BigDecimal totalKgce, BigDecimal intensity, List<CarrierLine> lines, List<Basis> basis) {
        public Decision {
            lines = List.copyOf(lines);
            basis = List.copyOf(basis);
        }
    }

    private final Parameters parameters;

    public ComprehensiveIntensity(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public Decision evaluate(Input input, LocalDate decisionDate) {
        required(input, "input");
        required(decisionDate, "decisionDate");
        BigDecimal area = positive(input.floorArea(), "floorArea");
        InForce<ConversionFactors> factors = parameters.conversionFactors().on(decisionDate);
        InForce<Integer> decimals = parameters.decimalPlaces().on(decisionDate);

        Map<EnergyCarrier, BigDecimal> consumed = new EnumMap<>(EnergyCarrier.class);
        List<MeterReading> readings = input.consumption() == null ? List.of() : input.consumption();
        for (int i = 0; i < readings.size(); i++) {
            MeterReading reading = required(readings.get(i), "consumption[" + i + "]");
            EnergyCarrier carrier = required(reading.carrier(), "consumption[" + i + "].carrier");
            BigDecimal quantity = nonNegative(reading.quantity(), "consumption[" + i + "].quantity");
            if (consumed.put(carrier, quantity) != null) {
                throw new PolicyInputException("consumption[" + i + "].carrier", carrier + " is reported twice");
            }
        }

        Map<EnergyCarrier, BigDecimal> excluded = new EnumMap<>(EnergyCarrier.class);
        Set<String> seen = new HashSet<>();
        List<ExcludedLoad> loads = input.excludedLoads() == null ? List.of() : input.excludedLoads();
        for (int i = 0; i < loads.size(); i++) {
            String at = "excludedLoads[" + i + "]";
            ExcludedLoad load = required(loads.get(i), at);
            ExcludedLoadCategory category = required(load.category(), at + ".category");
            EnergyCarrier carrier = required(load.carrier(), at + ".carrier");
            BigDecimal quantity = nonNegative(load.quantity(), at + ".quantity");
            if (!factors.value().of(carrier).countedInIntensity()) {
                throw new PolicyInputException(at + ".carrier", carrier + " is not counted in the intensity;"
                        + " nothing to exclude");
            }
            if (!seen.add(category + "/" + carrier)) {
                throw new PolicyInputException(at + ".category", category + " on " + carrier + " is reported twice");
            }
            BigDecimal sum = excluded.getOrDefault(carrier, BigDecimal.ZERO).add(quantity);
            BigDecimal available = consumed.getOrDefault(carrier, BigDecimal.ZERO);
            if (sum.compareTo(available) > 0) {
                throw new PolicyInputException(at + ".quantity", "excluded " + carrier + " " + sum.toPlainString()
                        + " exceeds the metered consumption " + available.toPlainString());
            }
            excluded.put(carrier, sum);
        }

        BigDecimal total = BigDecimal.ZERO;
        List<CarrierLine> lines = new ArrayList<>();
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            if (!consumed.containsKey(carrier)) {
                continue;
            }
            ConversionFactor factor = factors.value().of(carrier);
            BigDecimal in = consumed.get(carrier);
            BigDecimal out = excluded.getOrDefault(carrier, BigDecimal.ZERO);
            BigDecimal net = in.subtract(out);
            BigDecimal kgce = null;
            if (factor.countedInIntensity()) {
                kgce = net.multiply(factor.kgcePerUnit());
                total = total.add(kgce);
            }
            lines.add(new CarrierLine(carrier, factor.carrierUnit(), in, out, net, factor.kgcePerUnit(), kgce,
                    factor.countedInIntensity()));
        }
        int scale = decimals.value();
        BigDecimal intensity = total.divide(area, scale, RoundingMode.HALF_UP);
        List<Basis> basis = List.of(
                EnergyDocuments.withAll(EnergyDocuments.rating("第四条"), factors, decimals),
                EnergyDocuments.rating("第二条"));
        return new Decision(total.setScale(scale, RoundingMode.HALF_UP), intensity, lines, basis);
    }
}
