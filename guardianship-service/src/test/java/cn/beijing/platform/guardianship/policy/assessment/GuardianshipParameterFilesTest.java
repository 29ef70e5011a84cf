package cn.beijing.platform.guardianship.policy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.ParameterNotInForceException;
import cn.beijing.platform.policy.parameters.CsvTable;
import cn.beijing.platform.policy.parameters.ParameterFileException;
import cn.beijing.platform.policy.parameters.ParameterSet;

/** What the guardianship rules check in their parameter files beyond the one format (read by platform-policy). */
class GuardianshipParameterFilesTest {

    private static final ParameterSet SHIPPED = ShippedParameters.PARAMETERS;

    @Test
    void platformRulesSayWhy() {
        for (String name : List.of("low-risk-findings-raise-overall-risk", "full-years-reached-day-after-birthday",
                "differing-risk-conclusion-requires-reason", "police-report-before-assessment-report",
                "assistance-referral-after-report", "consent-required-for-government-relief-referral")) {
            assertThat(SHIPPED.file(name).platformRule()).as(name).isNotBlank();
        }
        for (String name : List.of("minimum-visit-assessors", "female-assessors-for-female-minor", "minor-interview-age",
                "age-of-majority", "guardianship-indicators")) {
            assertThat(SHIPPED.file(name).isPlatformRule()).as(name).isFalse();
        }
    }

    @Test
    void shipsTheGazetteQuantities() {
        VisitTeam team = new VisitTeam(Sex.F, 8, List.of(new Assessor(Sex.M, true, false)));
        VisitTeamDecision d = new VisitTeamCheck(SHIPPED).check(team, ShippedParameters.IN_FORCE);
        // 2 assessors and 1 woman required, 8 is heard (满八周岁)
        assertThat(d.violations()).containsExactly(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS,
                VisitTeamViolation.NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR);
        assertThat(d.minorInterviewRequired()).isTrue();
        assertThat(d.basis()).extracting(b -> b.parameters()).contains("minimum-visit-assessors@2024-11-18",
                "female-assessors-for-female-minor@2024-11-18", "minor-interview-age@2024-11-18");
        assertThatThrownBy(() -> new VisitTeamCheck(SHIPPED).check(new VisitTeam(Sex.F, 18, List.of()),
                ShippedParameters.IN_FORCE)).hasMessageContaining("under 18");
        assertThatThrownBy(() -> new VisitTeamCheck(SHIPPED).check(team, LocalDate.of(2024, 11, 17)))
                .isInstanceOfSatisfying(ParameterNotInForceException.class,
                        e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }

    @Test
    void anAppendedVersionTakesOverOnItsDate() {
        ParameterSet three = SHIPPED.withText("minimum-visit-assessors", """
                description: minimum assessors
                unit: count
                source: {document: 京民儿福发〔2024〕103号, article: 第十一条}
                values:
                  2024-11-18: {value: 2}
                  2025-06-01: {value: 3}
                """);
        VisitTeamCheck check = new VisitTeamCheck(three);
        VisitTeam two = new VisitTeam(Sex.M, 9, List.of(new Assessor(Sex.M, true, false), new Assessor(Sex.M, true, false)));
        assertThat(check.check(two, LocalDate.of(2025, 5, 31)).compliant()).isTrue();
        assertThat(check.check(two, LocalDate.of(2025, 6, 1)).violations())
                .containsExactly(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS);
    }

    @Test
    void aFlagIsAFlag() {
        assertThatThrownBy(() -> new AssessmentProcess(SHIPPED.withText("police-report-before-assessment-report",
                resource("police-report-before-assessment-report.yaml").replace("value: true", "value: 1"))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("true or false");
    }

    @Test
    void theCatalogueHasTheDeclaredNumberOfPoints() {
        assertThatThrownBy(() -> new GuardianshipRisk(SHIPPED.withText("guardianship-indicators",
                resource("guardianship-indicators.yaml").replace("assessment_points: 48", "assessment_points: 49"))))
                .isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("guardianship-indicators.csv holds 48 assessment points, the file declares 49");
    }

    @Test
    void rejectsMalformedCatalogueRows() {
        String header = "code,level1,level2,level3,point,risk\n";
        assertThatThrownBy(() -> catalogue(header + "A1,a,b,c,d,severe\n", 1))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> catalogue(header + "A1,a,b,c,d,low\nA1,a,b,c,e,low\n", 2))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("duplicate code A1");
        assertThatThrownBy(() -> catalogue(header + "A1,a,b,,d,low\n", 1))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("blank level3");
        assertThatThrownBy(() -> catalogue(header + "A1,a,b,c,low\n", 1))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> catalogue("code,risk\n", 0))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("header");
        assertThat(catalogue(header + "A1,a,b,c,\"d, with comma\",HIGH\r\n", 1).point("A1", "code").point())
                .isEqualTo("d, with comma");
    }

    /** A catalogue read through a parameter file that names its table, given here as text. */
    private static IndicatorCatalogue catalogue(String csv, int points) {
        ParameterSet files = ParameterSet.of(java.util.Map.of("c.csv", csv, "catalogue.yaml", """
                description: a catalogue
                unit: count
                source: {document: 京民儿福发〔2024〕103号, article: 附件}
                values: {2024-11-18: {value: {assessment_points: %d, table: c.csv}}}
                """.formatted(points)));
        return files.get("catalogue", IndicatorCatalogue::read).on(ShippedParameters.IN_FORCE).value();
    }

    @Test
    void theCsvReaderKeepsQuotedCommas() {
        CsvTable table = CsvTable.parse("t.csv", "\uFEFFa,b\n\"x, y\",z\n\n", List.of("a", "b"));
        assertThat(table.rows()).containsExactly(java.util.Map.of("a", "x, y", "b", "z"));
    }

    private static String resource(String name) {
        try (InputStream in = GuardianshipParameterFilesTest.class.getClassLoader()
                .getResourceAsStream("policy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
