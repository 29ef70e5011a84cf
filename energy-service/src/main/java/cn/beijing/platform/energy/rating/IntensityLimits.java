package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.store.IntensityLimitRecord;
import cn.beijing.platform.energy.store.IntensityLimitStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The guide value G and constraint value C of each building type per rating year (京建法〔2024〕12号 第五条: the
 * indicators of DB11/T 1413, which the gazette does not print). An import replaces the year's table; it is refused
 * as a whole, listing every bad row, when a row is incomplete, negative or zero, has G above C, names an unknown
 * type, or repeats a type.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IntensityLimits {

    /** Said with a table any row of which is SAMPLE data. */
    public static final String SAMPLE_NOTICE = "SAMPLE values for demonstrations and tests, NOT the guide/constraint"
            + " values of DB11/T 1413; import the official table before relying on a rating.";

    /**
     * A year's table. {@code sample} is true when any row comes from the shipped SAMPLE file; {@code notice} then
     * says so in words.
     */
    public record IntensityLimitTable(int year, String unit, boolean sample, String notice, List<Row> rows,
                                      List<Basis> basis) {
        public record Row(String buildingType, BigDecimal guideValue, BigDecimal constraintValue, boolean sample,
                          String importedBy, OffsetDateTime importedAt) {
        }

        static IntensityLimitTable of(int year, List<IntensityLimitRecord> records) {
            boolean sample = records.stream().anyMatch(IntensityLimitRecord::sample);
            return new IntensityLimitTable(year, "kgce/m²", sample, sample ? SAMPLE_NOTICE : null,
                    records.stream().map(r -> new Row(r.buildingType(), r.guideValue(), r.constraintValue(), r.sample(),
                            r.importedBy(), r.importedAt())).toList(),
                    List.of(EnergyDocuments.rating("第五条")));
        }
    }

    private final IntensityLimitStore store;
    private final Clock clock;

    /** Call inside the command's transaction. */
    public Mono<IntensityLimitTable> importYear(int year, List<LimitRow> rows, String importedBy) {
        return Mono.fromCallable(() -> records(year, rows, false, importedBy))
                .flatMap(records -> store.replaceYear(year, records).thenReturn(IntensityLimitTable.of(year, records)));
    }

    /** The year's table, or "not found". */
    public Mono<IntensityLimitTable> year(int year) {
        return store.year(year).collectList()
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.error(new NotFoundException("guide/constraint table of " + year))
                        : Mono.just(IntensityLimitTable.of(year, rows)));
    }

    /** Checks every row; throws one {@link InvalidInputException} listing all bad fields as {@code [i].field}. */
    List<IntensityLimitRecord> records(int year, List<LimitRow> rows, boolean sample, String importedBy) {
        List<FieldError> errors = new ArrayList<>();
        if (year < 1 || year > 9999) {
            errors.add(new FieldError("year", "must be a calendar year"));
        }
        if (rows == null || rows.isEmpty()) {
            errors.add(new FieldError("body", "must list at least one building type"));
            throw new InvalidInputException(errors);
        }
        Set<BuildingType> seen = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<IntensityLimitRecord> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "[" + i + "]";
            LimitRow row = rows.get(i);
            if (row == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            BuildingType type = BuildingType.parse(row.buildingType());
            if (row.buildingType() == null) {
                errors.add(new FieldError(at + ".buildingType", "is required"));
            } else if (type == null) {
                errors.add(new FieldError(at + ".buildingType", "must be one of " + List.of(BuildingType.values())));
            } else if (!seen.add(type)) {
                errors.add(new FieldError(at + ".buildingType", type + " is listed twice"));
            }
            boolean guideOk = positive(row.guideValue(), at + ".guideValue", errors);
            boolean constraintOk = positive(row.constraintValue(), at + ".constraintValue", errors);
            if (guideOk && constraintOk && row.guideValue().compareTo(row.constraintValue()) > 0) {
                errors.add(new FieldError(at + ".guideValue", "the guide value must not exceed the constraint value"));
            }
            if (type != null && guideOk && constraintOk) {
                records.add(new IntensityLimitRecord(year, type.name(), row.guideValue(), row.constraintValue(),
                        sample, importedBy, now));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return records;
    }

    private static boolean positive(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
            return false;
        }
        if (value.signum() == 0) {
            errors.add(new FieldError(field, "must be positive"));
            return false;
        }
        return true;
    }
}
