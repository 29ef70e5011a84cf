package cn.beijing.platform.energy.rating;

import cn.beijing.platform.policy.InForce;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.config.EnergyProperties;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.rating.ExcludedLoadCategory;
import cn.beijing.platform.energy.policy.MeterReading;
import cn.beijing.platform.energy.store.BuildingRecord;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.ConsumptionRecord;
import cn.beijing.platform.energy.store.ConsumptionStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import cn.beijing.platform.energy.access.Access;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.policy.Basis;

/**
 * Owners' annual consumption reports (京建法〔2024〕12号 第四条; 13号 第四条, 第五条): a quantity per carrier and the
 * excluded sub-metered loads by category. A report is checked by {@link ComprehensiveIntensity} before it is stored,
 * so a report that could not be rated (an excluded load above the metered quantity, a carrier twice…) is refused.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConsumptionReports {

    /**
     * A stored report; after a report also the intensity it gives ({@code intensity}, {@code lines}: a preview with the
     * conversion factors the rating of that year uses — the version in force on December 31 of the year, imported or
     * shipped, named in the basis of 第四条; the rating decides on its own date).
     */
    public record ConsumptionView(UUID buildingId, int year, List<Reading> consumption, List<Excluded> excludedLoads,
                                  String reportedBy, OffsetDateTime reportedAt, BigDecimal totalKgce,
                                  BigDecimal intensity, List<ComprehensiveIntensity.CarrierLine> lines,
                                  List<Basis> basis) {

        /** @param quantity in the carrier's unit (see {@code GET /api/energy/conversion-factors}) */
        public record Reading(EnergyCarrier carrier, BigDecimal quantity) {
        }

        public record Excluded(ExcludedLoadCategory category, EnergyCarrier carrier, BigDecimal quantity) {
        }

        static ConsumptionView of(ConsumptionRecord r, ComprehensiveIntensity.Decision preview) {
            List<Reading> readings = r.lines().stream()
                    .map(l -> new Reading(EnergyCarrier.valueOf(l.carrier()), l.quantity())).toList();
            List<Excluded> excluded = r.excludedLoads().stream()
                    .map(l -> new Excluded(ExcludedLoadCategory.valueOf(l.category()),
                            EnergyCarrier.valueOf(l.carrier()), l.quantity()))
                    .toList();
            List<Basis> basis = preview != null ? preview.basis()
                    : List.of(EnergyDocuments.statistics("第五条"), EnergyDocuments.statistics("第八条"));
            return new ConsumptionView(r.buildingId(), r.year(), readings, excluded, r.reportedBy(), r.reportedAt(),
                    preview == null ? null : preview.totalKgce(), preview == null ? null : preview.intensity(),
                    preview == null ? null : preview.lines(), basis);
        }
    }

    private final BuildingStore buildings;
    private final ConsumptionStore store;
    private final ComprehensiveIntensity comprehensiveIntensity;
    private final ConversionFactorVersions factors;
    private final EnergyProperties properties;
    private final Clock clock;

    /** Call inside the command's transaction. */
    public Mono<ConsumptionView> report(UUID buildingId, int year, List<MeterReading> consumption,
                                 List<ComprehensiveIntensity.ExcludedLoad> excludedLoads, CurrentUser user) {
        return buildings.lock(buildingId)
                .flatMap(b -> {
                    Access.requireReportingParty(user, b);
                    LocalDate today = LocalDate.now(clock);
                    if (year > today.getYear()) {
                        throw new InvalidInputException("year", "cannot report a year that has not begun");
                    }
                    return factors.forRatedYear(year).flatMap(inForce -> {
                        ComprehensiveIntensity.Decision preview = intensity(b, consumption, excludedLoads, today,
                                inForce.factors());
                        ConsumptionRecord record = new ConsumptionRecord(buildingId, year,
                                consumption.stream().map(r -> new ConsumptionRecord.Line(r.carrier().name(),
                                        r.quantity())).toList(),
                                excludedLoads.stream().map(l -> new ConsumptionRecord.Excluded(l.category().name(),
                                        l.carrier().name(), l.quantity())).toList(),
                                user.subject(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                        return store.replace(record).thenReturn(ConsumptionView.of(record, preview));
                    });
                });
    }

    /** Raw figures: the reporting party and the statistics authorities only (13号 第八条). */
    public Mono<ConsumptionView> read(UUID buildingId, int year, CurrentUser user) {
        return buildings.get(buildingId)
                .flatMap(b -> {
                    Access.requireVisible(user, b);
                    if (!Access.mayReadRawFigures(user, b)) {
                        return Mono.error(new AccessDeniedException("raw figures are confidential"));
                    }
                    return store.find(buildingId, year).switchIfEmpty(Mono.error(() ->
                            new NotFoundException("consumption report of " + year)));
                }).map(r -> ConsumptionView.of(r, null));
    }

    /** A stored report as the intensity reads it: the building's rated floor area, the readings, the excluded loads. */
    public ComprehensiveIntensity.Input intensityInput(BuildingRecord b, ConsumptionRecord report) {
        return new ComprehensiveIntensity.Input(floorArea(b),
                report.lines().stream().map(l -> new MeterReading(EnergyCarrier.valueOf(l.carrier()), l.quantity()))
                        .toList(),
                report.excludedLoads().stream().map(l -> new ComprehensiveIntensity.ExcludedLoad(
                        ExcludedLoadCategory.valueOf(l.category()), EnergyCarrier.valueOf(l.carrier()), l.quantity()))
                        .toList());
    }

    private ComprehensiveIntensity.Decision intensity(BuildingRecord b, List<MeterReading> consumption,
                                                      List<ComprehensiveIntensity.ExcludedLoad> loads,
                                                      LocalDate date,
                                                      InForce<ComprehensiveIntensity.ConversionFactors> factors) {
        return comprehensiveIntensity.evaluate(
                new ComprehensiveIntensity.Input(floorArea(b), consumption, loads), date, factors);
    }

    public BigDecimal floorArea(BuildingRecord b) {
        return properties.ratingFloorArea() == FloorAreaBasis.TOTAL_AREA ? b.totalArea() : b.publicArea();
    }
}
