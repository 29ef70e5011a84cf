package cn.beijing.platform.guardianship.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.guardianship.parameters.GuardianshipParameterFiles;
import cn.beijing.platform.guardianship.parameters.IndicatorCatalogueReader;
import cn.beijing.platform.guardianship.parameters.ParameterFile;
import cn.beijing.platform.guardianship.parameters.ParameterFileException;
import cn.beijing.platform.guardianship.parameters.ParameterFileReader;
import cn.beijing.platform.guardianship.parameters.ParameterUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterFilesTest {

    private static final String VALID = """
            description: minimum assessors
            unit: count
            reference:
              document: 京民儿福发〔2024〕103号
              article: 第十一条
            values:
              2024-11-18:
                value: 2
            """;

    @Test
    void everyShippedFileHasDescriptionUnitReferenceAndValues() {
        List<ParameterFile> files = GuardianshipParameterFiles.shippedFiles();
        assertThat(files).hasSize(GuardianshipParameterFiles.FILES.size());
        assertThat(files).allSatisfy(f -> {
            assertThat(f.description()).isNotBlank();
            assertThat(f.document()).isNotBlank();
            assertThat(f.article()).isNotBlank();
            assertThat(f.windows()).isNotEmpty();
            if (f.platformRule()) {
                assertThat(f.note()).isNotBlank();
            }
        });
        assertThat(files).filteredOn(ParameterFile::platformRule).extracting(ParameterFile::name).containsExactlyInAnyOrder(
                "low-risk-findings-raise-overall-risk", "full-years-reached-day-after-birthday",
                "differing-risk-conclusion-requires-reason", "police-report-before-assessment-report",
                "assistance-referral-after-report", "consent-required-for-government-relief-referral");
    }

    @Test
    void shipsTheGazetteQuantities() {
        GuardianshipParameters p = ShippedParameters.PARAMETERS;
        LocalDate d = ShippedParameters.IN_FORCE;
        assertThat(p.minimumVisitAssessors().inForceOn(d).value()).isEqualTo(2);
        assertThat(p.femaleAssessorsForFemaleMinor().inForceOn(d).value()).isEqualTo(1);
        assertThat(p.minorInterviewAge().inForceOn(d).value()).isEqualTo(8);
        assertThat(p.ageOfMajority().inForceOn(d).value()).isEqualTo(18);
        assertThat(p.minorInterviewAge().inForceOn(d).version()).isEqualTo("minor-interview-age@2024-11-18");
    }

    @Test
    void nothingIsInForceBeforeTheDayOfIssue() {
        assertThatThrownBy(() -> ShippedParameters.PARAMETERS.minorInterviewAge().inForceOn(LocalDate.of(2024, 11, 17)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }

    @Test
    void parsesAValidFile() {
        ParameterFile f = ParameterFileReader.parse("minimum-visit-assessors.yaml", VALID);
        assertThat(f.name()).isEqualTo("minimum-visit-assessors");
        assertThat(f.unit()).isEqualTo(ParameterUnit.COUNT);
        assertThat(f.windows()).singleElement().satisfies(w -> {
            assertThat(w.validFrom()).isEqualTo(LocalDate.of(2024, 11, 18));
            assertThat(w.validTo()).isNull();
            assertThat(w.value()).isEqualTo(2);
        });
    }

    @Test
    void rejectsMissingKeys() {
        for (String key : List.of("description", "unit", "reference", "values")) {
            String text = VALID.lines().filter(l -> !l.startsWith(key)).reduce("", (a, b) -> a + b + "\n");
            if (key.equals("reference")) {
                text = text.replace("  document: 京民儿福发〔2024〕103号\n  article: 第十一条\n", "");
            }
            if (key.equals("values")) {
                text = text.replace("  2024-11-18:\n    value: 2\n", "");
            }
            String finalText = text;
            assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", finalText)).as(key)
                    .isInstanceOf(ParameterFileException.class).hasMessageContaining(key);
        }
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", VALID.replace("  article: 第十一条\n", "")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("article");
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", VALID.replace("    value: 2\n", "    valid_to: 2025-01-01\n")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("value");
    }

    @Test
    void rejectsUnknownUnitsAndKeys() {
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", VALID.replace("unit: count", "unit: persons")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", VALID + "extra: 1\n"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("extra");
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", VALID + "    valid_until: 2025-01-01\n"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("valid_until");
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", "values: [")).isInstanceOf(ParameterFileException.class);
    }

    @Test
    void rejectsAPlatformRuleWithoutItsNote() {
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", VALID + "platform_rule: true\n"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("note");
    }

    @Test
    void rejectsOverlappingAndInvertedWindows() {
        String openThenNext = VALID + "  2025-06-01:\n    value: 3\n";
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", openThenNext))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("overlaps");
        String overlapping = VALID.replace("    value: 2\n", "    value: 2\n    valid_to: 2025-06-01\n")
                + "  2025-06-01:\n    value: 3\n";
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", overlapping))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("overlaps");
        String inverted = VALID.replace("    value: 2\n", "    value: 2\n    valid_to: 2024-11-17\n");
        assertThatThrownBy(() -> ParameterFileReader.parse("x.yaml", inverted))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("before valid_from");
    }

    @Test
    void selectsTheValueInForceOnTheDecisionDateWithValidToInclusive() {
        String history = VALID.replace("    value: 2\n", "    value: 2\n    valid_to: 2025-05-31\n")
                + "  2025-06-01:\n    value: 3\n";
        Map<String, String> files = shippedTexts();
        files.put(GuardianshipParameterFiles.MINIMUM_VISIT_ASSESSORS, history);
        GuardianshipParameters p = GuardianshipParameterFiles.load(n -> Optional.ofNullable(files.get(n)));
        assertThat(p.minimumVisitAssessors().inForceOn(LocalDate.of(2025, 5, 31)).value()).isEqualTo(2);
        assertThat(p.minimumVisitAssessors().inForceOn(LocalDate.of(2025, 6, 1)).value()).isEqualTo(3);
        assertThat(p.minimumVisitAssessors().inForceOn(LocalDate.of(2025, 6, 1)).version())
                .isEqualTo("minimum-visit-assessors@2025-06-01");
        VisitTeamCheck check = new VisitTeamCheck(p);
        VisitTeam two = new VisitTeam(Sex.M, 9, List.of(new Assessor(Sex.M, true, false), new Assessor(Sex.M, true, false)));
        assertThat(check.check(two, LocalDate.of(2025, 5, 31)).compliant()).isTrue();
        assertThat(check.check(two, LocalDate.of(2025, 6, 1)).violations())
                .containsExactly(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS);
    }

    @Test
    void rejectsAFileWithTheWrongUnitOrValueType() {
        Map<String, String> files = shippedTexts();
        files.put(GuardianshipParameterFiles.MINOR_INTERVIEW_AGE, VALID);
        assertThatThrownBy(() -> GuardianshipParameterFiles.load(n -> Optional.ofNullable(files.get(n))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("unit must be years");
        Map<String, String> flags = shippedTexts();
        flags.put(GuardianshipParameterFiles.POLICE_REPORT_BEFORE_ASSESSMENT_REPORT,
                flags.get(GuardianshipParameterFiles.POLICE_REPORT_BEFORE_ASSESSMENT_REPORT).replace("value: true", "value: 1"));
        assertThatThrownBy(() -> GuardianshipParameterFiles.load(n -> Optional.ofNullable(flags.get(n))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("true or false");
    }

    @Test
    void rejectsAMissingFile() {
        Map<String, String> files = shippedTexts();
        files.remove(GuardianshipParameterFiles.AGE_OF_MAJORITY);
        assertThatThrownBy(() -> GuardianshipParameterFiles.load(n -> Optional.ofNullable(files.get(n))))
                .isInstanceOfSatisfying(ParameterFileException.class,
                        e -> assertThat(e.file()).isEqualTo(GuardianshipParameterFiles.AGE_OF_MAJORITY));
    }

    @Test
    void rejectsACatalogueWhoseRowCountDiffersFromTheManifest() {
        Map<String, String> files = shippedTexts();
        files.put(GuardianshipParameterFiles.INDICATOR_CATALOGUE,
                files.get(GuardianshipParameterFiles.INDICATOR_CATALOGUE).replace("value: 48", "value: 49"));
        assertThatThrownBy(() -> GuardianshipParameterFiles.load(n -> Optional.ofNullable(files.get(n))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("48 assessment points, the manifest declares 49");
    }

    @Test
    void rejectsMalformedCatalogueRows() {
        String header = "code,level1,level2,level3,point,risk\n";
        assertThatThrownBy(() -> IndicatorCatalogueReader.parse("c.csv", header + "A1,a,b,c,d,severe\n", 1))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> IndicatorCatalogueReader.parse("c.csv", header + "A1,a,b,c,d,low\nA1,a,b,c,e,low\n", 2))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("duplicate code A1");
        assertThatThrownBy(() -> IndicatorCatalogueReader.parse("c.csv", header + "A1,a,b,,d,low\n", 1))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("blank level3");
        assertThatThrownBy(() -> IndicatorCatalogueReader.parse("c.csv", header + "A1,a,b,c,low\n", 1))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> IndicatorCatalogueReader.parse("c.csv", "code,risk\n", 0))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("header");
        assertThat(IndicatorCatalogueReader.parse("c.csv", header + "A1,a,b,c,\"d, with comma\",HIGH\r\n", 1)
                .point("A1", "code").point()).isEqualTo("d, with comma");
    }

    static Map<String, String> shippedTexts() {
        Map<String, String> files = new HashMap<>();
        for (String name : GuardianshipParameterFiles.FILES) {
            files.put(name, resource(name));
        }
        files.put("guardianship-indicators.csv", resource("guardianship-indicators.csv"));
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = ParameterFilesTest.class.getClassLoader().getResourceAsStream("policy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
