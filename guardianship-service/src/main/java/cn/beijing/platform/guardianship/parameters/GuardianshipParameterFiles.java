package cn.beijing.platform.guardianship.parameters;

import cn.beijing.platform.guardianship.policy.GuardianshipParameters;
import cn.beijing.platform.guardianship.policy.IndicatorCatalogue;
import cn.beijing.platform.guardianship.policy.ParameterTimeline;
import cn.beijing.platform.guardianship.policy.ParameterValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads and validates the guardianship parameter files ({@code classpath:policy/*.yaml} and the indicator CSV) into
 * {@link GuardianshipParameters}. The only I/O of the guardianship rules; call once at start-up.
 */
public final class GuardianshipParameterFiles {

    /** Classpath folder of the shipped files. */
    public static final String FOLDER = "policy/";

    public static final String INDICATOR_CATALOGUE = "guardianship-indicators.yaml";
    public static final String LOW_RISK_FINDINGS_RAISE_OVERALL_RISK = "low-risk-findings-raise-overall-risk.yaml";
    public static final String MINIMUM_VISIT_ASSESSORS = "minimum-visit-assessors.yaml";
    public static final String FEMALE_ASSESSORS_FOR_FEMALE_MINOR = "female-assessors-for-female-minor.yaml";
    public static final String MINOR_INTERVIEW_AGE = "minor-interview-age.yaml";
    public static final String AGE_OF_MAJORITY = "age-of-majority.yaml";
    public static final String FULL_YEARS_REACHED_DAY_AFTER_BIRTHDAY = "full-years-reached-day-after-birthday.yaml";
    public static final String DIFFERING_RISK_CONCLUSION_REQUIRES_REASON = "differing-risk-conclusion-requires-reason.yaml";
    public static final String POLICE_REPORT_BEFORE_ASSESSMENT_REPORT = "police-report-before-assessment-report.yaml";
    public static final String ASSISTANCE_REFERRAL_AFTER_REPORT = "assistance-referral-after-report.yaml";
    public static final String CONSENT_REQUIRED_FOR_GOVERNMENT_RELIEF_REFERRAL =
            "consent-required-for-government-relief-referral.yaml";

    /** Every YAML file the guardianship rules read. */
    public static final List<String> FILES = List.of(INDICATOR_CATALOGUE, LOW_RISK_FINDINGS_RAISE_OVERALL_RISK,
            MINIMUM_VISIT_ASSESSORS, FEMALE_ASSESSORS_FOR_FEMALE_MINOR, MINOR_INTERVIEW_AGE, AGE_OF_MAJORITY,
            FULL_YEARS_REACHED_DAY_AFTER_BIRTHDAY, DIFFERING_RISK_CONCLUSION_REQUIRES_REASON,
            POLICE_REPORT_BEFORE_ASSESSMENT_REPORT, ASSISTANCE_REFERRAL_AFTER_REPORT,
            CONSENT_REQUIRED_FOR_GOVERNMENT_RELIEF_REFERRAL);

    private GuardianshipParameterFiles() {
    }

    /** The files shipped in {@code src/main/resources/policy/}. */
    public static GuardianshipParameters shipped() {
        ClassLoader loader = GuardianshipParameterFiles.class.getClassLoader();
        return load(name -> {
            try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
                return in == null ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * @param source file name → its text (empty when absent); e.g. an in-memory map in tests
     * @throws ParameterFileException on the first missing or invalid file
     */
    public static GuardianshipParameters load(Function<String, Optional<String>> source) {
        return new GuardianshipParameters(
                catalogue(read(source, INDICATOR_CATALOGUE), source),
                flag(read(source, LOW_RISK_FINDINGS_RAISE_OVERALL_RISK)),
                integer(read(source, MINIMUM_VISIT_ASSESSORS), ParameterUnit.COUNT),
                integer(read(source, FEMALE_ASSESSORS_FOR_FEMALE_MINOR), ParameterUnit.COUNT),
                integer(read(source, MINOR_INTERVIEW_AGE), ParameterUnit.YEARS),
                integer(read(source, AGE_OF_MAJORITY), ParameterUnit.YEARS),
                flag(read(source, FULL_YEARS_REACHED_DAY_AFTER_BIRTHDAY)),
                flag(read(source, DIFFERING_RISK_CONCLUSION_REQUIRES_REASON)),
                flag(read(source, POLICE_REPORT_BEFORE_ASSESSMENT_REPORT)),
                flag(read(source, ASSISTANCE_REFERRAL_AFTER_REPORT)),
                flag(read(source, CONSENT_REQUIRED_FOR_GOVERNMENT_RELIEF_REFERRAL)));
    }

    /** Parsed and validated files, for listing (e.g. a parameters endpoint) and audits. */
    public static List<ParameterFile> shippedFiles() {
        ClassLoader loader = GuardianshipParameterFiles.class.getClassLoader();
        List<ParameterFile> files = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new ParameterFileException(name, "missing");
                }
                files.add(ParameterFileReader.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static ParameterFile read(Function<String, Optional<String>> source, String name) {
        String text = source.apply(name).orElseThrow(() -> new ParameterFileException(name, "missing"));
        return ParameterFileReader.parse(name, text);
    }

    private static ParameterTimeline<Integer> integer(ParameterFile file, ParameterUnit expectedUnit) {
        requireUnit(file, expectedUnit);
        List<ParameterValue<Integer>> values = new ArrayList<>();
        for (ParameterFile.Window w : file.windows()) {
            if (!(w.value() instanceof Integer i) || i < 0) {
                throw new ParameterFileException(file.name(), "value from " + w.validFrom()
                        + " must be a non-negative whole number, was " + w.value());
            }
            values.add(new ParameterValue<>(file.name(), w.validFrom(), w.validTo(), i));
        }
        return new ParameterTimeline<>(file.name(), values);
    }

    private static ParameterTimeline<Boolean> flag(ParameterFile file) {
        requireUnit(file, ParameterUnit.FLAG);
        List<ParameterValue<Boolean>> values = new ArrayList<>();
        for (ParameterFile.Window w : file.windows()) {
            if (!(w.value() instanceof Boolean b)) {
                throw new ParameterFileException(file.name(), "value from " + w.validFrom() + " must be true or false");
            }
            values.add(new ParameterValue<>(file.name(), w.validFrom(), w.validTo(), b));
        }
        return new ParameterTimeline<>(file.name(), values);
    }

    /** The manifest's {@code value} is the number of assessment points; {@code table} names the CSV beside it. */
    private static ParameterTimeline<IndicatorCatalogue> catalogue(ParameterFile file,
                                                                   Function<String, Optional<String>> source) {
        requireUnit(file, ParameterUnit.COUNT);
        List<ParameterValue<IndicatorCatalogue>> values = new ArrayList<>();
        for (ParameterFile.Window w : file.windows()) {
            if (!(w.value() instanceof Integer count) || count <= 0) {
                throw new ParameterFileException(file.name(), "value from " + w.validFrom()
                        + " must be the positive number of assessment points");
            }
            if (!(w.entry().get("table") instanceof String table) || table.isBlank()) {
                throw new ParameterFileException(file.name(), "values." + w.validFrom() + ": missing 'table' (the CSV file)");
            }
            String csv = source.apply(table).orElseThrow(() -> new ParameterFileException(table, "missing"));
            values.add(new ParameterValue<>(file.name(), w.validFrom(), w.validTo(),
                    IndicatorCatalogueReader.parse(table, csv, count)));
        }
        return new ParameterTimeline<>(file.name(), values);
    }

    private static void requireUnit(ParameterFile file, ParameterUnit expected) {
        if (file.unit() != expected) {
            throw new ParameterFileException(file.name(), "unit must be " + expected.name().toLowerCase() + ", was "
                    + file.unit().name().toLowerCase());
        }
    }
}
