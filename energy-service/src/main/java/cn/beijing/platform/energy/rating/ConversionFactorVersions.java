package cn.beijing.platform.energy.rating;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.PolicyInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity.ConversionFactor;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity.ConversionFactors;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.rating.RatingDeadline;
import cn.beijing.platform.energy.store.ConversionFactorRecord;
import cn.beijing.platform.energy.store.ConversionFactorStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The energy conversion factors in force (京建法〔2024〕12号 第四条; the gazette gives none): imported, effective-dated
 * versions ({@code PUT /api/energy/conversion-factors/{validFrom}}) take precedence from their valid_from on; before
 * the first import the shipped parameter file {@code energy-conversion-factors.yaml} applies.
 *
 * <p>One rule for the look-up and the ratings: the factors that convert the consumption of a day are the ones in
 * force on that day, and a rating of year Y converts with the factors in force on December 31 of Y (the last day of
 * the consumption it converts). The shipped file's first version is in force from the first day of the first rated
 * year: 12号 takes effect on 2025-02-01 (第十六条) and its first annual rating, due by June 30 of the following year
 * (第八条), rates the consumption of 2024; that first rated year is the first year whose rating deadline falls while
 * the deadline rule is in force. Before it no factors are in force (422).
 *
 * <p>An import lists the converted carriers only (those the shipped file counts in the intensity); the other
 * carriers (on-site renewable energy, water) keep the shipped rows.
 */
@Component
public class ConversionFactorVersions {

    public static final String NAME = "energy-conversion-factors";
    public static final String IMPORTED = "imported";
    public static final String PARAMETER_FILE = "parameter-file";

    /**
     * A version in force. {@code factors.version()} ({@code name@valid_from}) is what a basis cites: the shipped
     * file as {@code energy-conversion-factors@2025-02-01}, an import as
     * {@code energy-conversion-factors/imported/<id>@<valid_from>}.
     *
     * @param source      {@link #IMPORTED} or {@link #PARAMETER_FILE}
     * @param importedId  the imported version's id; {@code null} for the parameter file
     * @param appliesFrom the first day whose consumption the version converts: its valid_from, or for the shipped
     *                    file's first version the first day of the first rated year
     */
    public record Factors(InForce<ConversionFactors> factors, String source, UUID importedId,
                          String importedBy, OffsetDateTime importedAt, LocalDate appliesFrom) {
    }

    private final ConversionFactorStore store;
    private final EffectiveDated<ConversionFactors> shipped;
    private final LocalDate firstRatedDay;
    private final Clock clock;

    ConversionFactorVersions(ConversionFactorStore store, ComprehensiveIntensity intensity, RatingDeadline ratingDeadline,
                             Clock clock) {
        this.store = store;
        this.shipped = intensity.conversionFactors();
        this.firstRatedDay = LocalDate.of(firstRatedYear(ratingDeadline, shipped.versions().get(0).validFrom()), 1, 1);
        this.clock = clock;
    }

    /** The first year whose annual rating (第八条) falls under the deadline rule in force: 2024 for 12号. */
    static int firstRatedYear(RatingDeadline deadline, LocalDate firstValidFrom) {
        for (int year = firstValidFrom.getYear() - 3; year <= firstValidFrom.getYear(); year++) {
            try {
                deadline.rule(year);
                return year;
            } catch (PolicyInputException e) {
                // this year's rating was due before the rule took effect: not rated under 12号
            }
        }
        return firstValidFrom.getYear();
    }

    /** The first day whose consumption the shipped factors convert (January 1 of the first rated year). */
    public LocalDate firstRatedDay() {
        return firstRatedDay;
    }

    /**
     * Stores (or replaces) the version starting on {@code validFrom}. Refused as a whole, listing every bad row as
     * {@code [i].field}, when a carrier is unknown, not converted or listed twice, a factor is missing, zero or
     * negative, a unit is not the carrier's, or a converted carrier is missing. Call inside the command's transaction.
     */
    public Mono<Factors> importVersion(LocalDate validFrom, List<FactorRow> rows, String importedBy) {
        return Mono.fromCallable(() -> record(validFrom, rows, importedBy))
                .flatMap(record -> store.replace(record).thenReturn(factors(record)));
    }

    /** The version in force on {@code date}; 422 naming {@code date} when none is. */
    public Mono<Factors> on(LocalDate date) {
        return inForce(date, "date");
    }

    /** The version a rating of {@code year} uses: the one in force on December 31 of the year (see class doc). */
    public Mono<Factors> forRatedYear(int year) {
        return inForce(LocalDate.of(year, 12, 31), "year");
    }

    private Mono<Factors> inForce(LocalDate date, String field) {
        return store.inForce(date).map(this::factors)
                .switchIfEmpty(Mono.fromCallable(() -> shippedOn(date, field)));
    }

    private Factors shippedOn(LocalDate date, String field) {
        InForce<ConversionFactors> version = shipped.find(date).orElseGet(() -> {
            if (date.isBefore(firstRatedDay)) {
                throw new InvalidInputException(field, "no conversion factors are in force before " + firstRatedDay
                        + ": ratings under 京建法〔2024〕12号 start with the consumption of " + firstRatedDay.getYear());
            }
            return firstShipped();
        });
        boolean first = version.validFrom().equals(shipped.versions().get(0).validFrom());
        return new Factors(version, PARAMETER_FILE, null, null, null, first ? firstRatedDay : version.validFrom());
    }

    private InForce<ConversionFactors> firstShipped() {
        EffectiveDated.Version<ConversionFactors> first = shipped.versions().get(0);
        return new InForce<>(shipped.name(), first.validFrom(), first.value());
    }

    /** The shipped rows an import on {@code validFrom} completes: the file's version then, or its first one. */
    private ConversionFactors base(LocalDate validFrom) {
        return shipped.find(validFrom).orElseGet(this::firstShipped).value();
    }

    private Factors factors(ConversionFactorRecord record) {
        Map<EnergyCarrier, ConversionFactor> rows = new EnumMap<>(EnergyCarrier.class);
        rows.putAll(base(record.validFrom()).rows());
        for (ConversionFactorRecord.Row row : record.rows()) {
            EnergyCarrier carrier = EnergyCarrier.valueOf(row.carrier());
            rows.put(carrier, new ConversionFactor(carrier, row.carrierUnit(), row.kgcePerUnit(), true));
        }
        InForce<ConversionFactors> factors = new InForce<>(NAME + "/" + IMPORTED + "/" + record.id(),
                record.validFrom(), new ConversionFactors(rows));
        return new Factors(factors, IMPORTED, record.id(), record.importedBy(), record.importedAt(),
                record.validFrom());
    }

    ConversionFactorRecord record(LocalDate validFrom, List<FactorRow> rows, String importedBy) {
        List<FieldError> errors = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException("body", "must list the factor of every converted carrier");
        }
        ConversionFactors base = base(validFrom);
        Set<EnergyCarrier> converted = EnumSet.noneOf(EnergyCarrier.class);
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            if (base.of(carrier).countedInIntensity()) {
                converted.add(carrier);
            }
        }
        Set<EnergyCarrier> seen = EnumSet.noneOf(EnergyCarrier.class);
        List<ConversionFactorRecord.Row> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "[" + i + "]";
            FactorRow row = rows.get(i);
            if (row == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            EnergyCarrier carrier = parse(row.carrier());
            if (row.carrier() == null) {
                errors.add(new FieldError(at + ".carrier", "is required"));
            } else if (carrier == null) {
                errors.add(new FieldError(at + ".carrier", "must be one of " + converted));
            } else if (!converted.contains(carrier)) {
                errors.add(new FieldError(at + ".carrier", carrier + " is not converted into standard coal"
                        + " (not counted in the intensity); must be one of " + converted));
                carrier = null;
            } else if (!seen.add(carrier)) {
                errors.add(new FieldError(at + ".carrier", carrier + " is listed twice"));
                carrier = null;
            }
            boolean factorOk = true;
            if (row.factor() == null) {
                errors.add(new FieldError(at + ".factor", "is required"));
                factorOk = false;
            } else if (row.factor().signum() < 0) {
                errors.add(new FieldError(at + ".factor", "must not be negative"));
                factorOk = false;
            } else if (row.factor().signum() == 0) {
                errors.add(new FieldError(at + ".factor", "must be positive"));
                factorOk = false;
            }
            String unit = carrier == null ? null : base.of(carrier).carrierUnit();
            if (carrier != null && row.unit() != null && !row.unit().strip().equals(unit)) {
                errors.add(new FieldError(at + ".unit", "consumption of " + carrier + " is reported in " + unit
                        + "; the factor must be kgce per " + unit));
                factorOk = false;
            }
            if (carrier != null && factorOk) {
                records.add(new ConversionFactorRecord.Row(carrier.name(), unit, row.factor()));
            }
        }
        Set<EnergyCarrier> missing = EnumSet.copyOf(converted);
        missing.removeAll(seen);
        for (EnergyCarrier carrier : missing) {
            errors.add(new FieldError("body", carrier + " is missing: every converted carrier needs a factor"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ConversionFactorRecord(UUID.randomUUID(), validFrom, records, importedBy,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static EnergyCarrier parse(String carrier) {
        if (carrier == null) {
            return null;
        }
        try {
            return EnergyCarrier.valueOf(carrier.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
