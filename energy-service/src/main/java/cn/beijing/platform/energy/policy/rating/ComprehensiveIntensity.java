package cn.beijing.platform.energy.policy.rating;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

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

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.MeterReading;

/**
 * Annual comprehensive energy-use intensity of a public building (京建法〔2024〕12号 第二条, 第四条): metered
 * consumption per carrier, less the sub-metered excluded loads of 第四条第二款, converted to kilograms of
 * standard coal equivalent with the configured factors, divided by the floor area.
 *
 * <p>Carriers whose factor row says {@code counted_in_intensity: false} (water; on-site renewable energy, which is
 * not an external input — 第四条 "外部输入用能") are reported for the statistics survey but not converted.
 */
@Rule(id = "comprehensive-intensity", document = EnergyDocuments.RATING, article = "第四条",
        parameters = {"energy-conversion-factors", "intensity-decimal-places"})
public final class ComprehensiveIntensity implements Decides<ComprehensiveIntensity.Input, ComprehensiveIntensity.Decision> {

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

        private static EnergyCarrier carrier(String name, ParameterNode row) {
            try {
                return EnergyCarrier.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw row.fail("'" + name + "' is not a carrier");
            }
        }

        /** The table of a parameter file: per carrier {@code carrier_unit}, {@code counted_in_intensity} and,
         *  for counted carriers, {@code kgce_per_unit}. */
        public static ConversionFactors read(ParameterNode table) {
            Map<EnergyCarrier, ConversionFactor> rows = new EnumMap<>(EnergyCarrier.class);
            for (Map.Entry<String, ParameterNode> e : table.entries().entrySet()) {
                EnergyCarrier carrier = carrier(e.getKey(), e.getValue());
                ParameterNode row = e.getValue();
                boolean counted = row.flag("counted_in_intensity");
                BigDecimal factor = row.has("kgce_per_unit") ? row.get("kgce_per_unit").positive() : null;
                if (counted == (factor == null)) {
                    throw row.fail(counted ? "a counted carrier needs a positive kgce_per_unit"
                            : "a carrier not counted takes no kgce_per_unit");
                }
                rows.put(carrier, new ConversionFactor(carrier, row.text("carrier_unit"), factor, counted));
            }
            try {
                return new ConversionFactors(rows);
            } catch (IllegalArgumentException missing) {
                throw table.fail(missing.getMessage());
            }
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

    private final EffectiveDated<ConversionFactors> conversionFactors;
    private final EffectiveDated<Integer> decimalPlaces;

    public ComprehensiveIntensity(ParameterSet parameters) {
        conversionFactors = parameters.get("energy-conversion-factors", ConversionFactors::read);
        decimalPlaces = parameters.get("intensity-decimal-places", ParameterNode::count);
    }

    /** The shipped conversion table, by date (imports of later versions take precedence, see the rating workflow). */
    public EffectiveDated<ConversionFactors> conversionFactors() {
        return conversionFactors;
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("decisionDate", decisionDate);
        return evaluate(input, decisionDate, conversionFactors.on(decisionDate));
    }

    /** As {@link #decide(Input, LocalDate)} with a given version of the conversion table (an imported one). */
    public Decision evaluate(Input input, LocalDate decisionDate, InForce<ConversionFactors> factors) {
        Inputs.required("input", input);
        Inputs.required("decisionDate", decisionDate);
        BigDecimal area = Inputs.positive("floorArea", input.floorArea());
        InForce<Integer> decimals = decimalPlaces.on(decisionDate);

        Map<EnergyCarrier, BigDecimal> consumed = new EnumMap<>(EnergyCarrier.class);
        List<MeterReading> readings = input.consumption() == null ? List.of() : input.consumption();
        for (int i = 0; i < readings.size(); i++) {
            MeterReading reading = Inputs.required("consumption[" + i + "]", readings.get(i));
            EnergyCarrier carrier = Inputs.required("consumption[" + i + "].carrier", reading.carrier());
            BigDecimal quantity = Inputs.nonNegative("consumption[" + i + "].quantity", reading.quantity());
            if (consumed.put(carrier, quantity) != null) {
                throw new PolicyInputException("consumption[" + i + "].carrier", carrier + " is reported twice");
            }
        }

        Map<EnergyCarrier, BigDecimal> excluded = new EnumMap<>(EnergyCarrier.class);
        Set<String> seen = new HashSet<>();
        List<ExcludedLoad> loads = input.excludedLoads() == null ? List.of() : input.excludedLoads();
        for (int i = 0; i < loads.size(); i++) {
            String at = "excludedLoads[" + i + "]";
            ExcludedLoad load = Inputs.required(at, loads.get(i));
            ExcludedLoadCategory category = Inputs.required(at + ".category", load.category());
            EnergyCarrier carrier = Inputs.required(at + ".carrier", load.carrier());
            BigDecimal quantity = Inputs.nonNegative(at + ".quantity", load.quantity());
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
