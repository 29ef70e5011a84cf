package cn.beijing.platform.guardianship.policy;

import static cn.beijing.platform.guardianship.policy.ShippedParameters.PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import cn.beijing.platform.common.basis.Basis;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs every rule case of {@code src/test/resources/policy-cases/*.yaml} against the policy code. A case has a
 * name, the article it checks, an optional decision date, an input and the expected decision; {@code expected:
 * {error: field}} means bad input naming that field. Unless the case expects an error, the case's document and
 * article must appear in the basis of the decision.
 */
class PolicyCasesTest {

    private static final String FOLDER = "policy-cases";

    private final GuardianshipRisk risk = new GuardianshipRisk(PARAMETERS);
    private final VisitTeamCheck visitTeamCheck = new VisitTeamCheck(PARAMETERS);
    private final FullYearsOfAge fullYearsOfAge = new FullYearsOfAge(PARAMETERS);
    private final ThirdPartyEntrustmentCheck entrustmentCheck = new ThirdPartyEntrustmentCheck();
    private final AssessmentObligation obligation = new AssessmentObligation();
    private final PoliceReportDuty policeReportDuty = new PoliceReportDuty();
    private final AssessmentProcess process = new AssessmentProcess(PARAMETERS);

    @TestFactory
    Stream<DynamicNode> policyCases() {
        return caseFiles().stream().map(this::fileContainer);
    }

    /** Every one of the 附件's assessment points is exercised by at least one case. */
    @Test
    void everyAssessmentPointHasACase() {
        Set<String> covered = new LinkedHashSet<>();
        for (Path file : caseFiles()) {
            Map<String, Object> root = load(file);
            for (Map<String, Object> c : maps(root.get("cases"))) {
                if ("guardianship-risk".equals(ruleOf(root, c))) {
                    covered.addAll(strings(map(c.get("input")).get("adverseFindings")));
                }
            }
        }
        List<String> codes = PARAMETERS.indicatorCatalogue().inForceOn(ShippedParameters.IN_FORCE).value().points()
                .stream().map(AssessmentPoint::code).toList();
        assertThat(covered).containsAll(codes);
    }

    private DynamicContainer fileContainer(Path file) {
        Map<String, Object> root = load(file);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : maps(root.get("cases"))) {
            String name = text(c.get("name"));
            tests.add(DynamicTest.dynamicTest(name, () -> run(root, c)));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), tests);
    }

    private void run(Map<String, Object> root, Map<String, Object> c) {
        assertThat(c.get("article")).as("every case names its article").isNotNull();
        String rule = ruleOf(root, c);
        Map<String, Object> expected = map(c.get("expected"));
        if (expected != null && expected.containsKey("error")) {
            assertThatThrownBy(() -> decide(rule, c)).isInstanceOfSatisfying(PolicyInputException.class,
                    e -> assertThat(e.field()).isEqualTo(text(expected.get("error"))));
            return;
        }
        List<Basis> basis = decide(rule, c);
        String document = text(c.getOrDefault("document", root.get("document")));
        String article = text(c.get("article"));
        assertThat(basis).as("basis cites %s %s", document, article)
                .anySatisfy(b -> {
                    assertThat(b.document()).isEqualTo(document);
                    assertThat(b.article()).isEqualTo(article);
                });
    }

    /** Runs one case and returns the basis of its decision. */
    private List<Basis> decide(String rule, Map<String, Object> c) {
        Map<String, Object> input = c.get("input") == null ? Map.of() : map(c.get("input"));
        Map<String, Object> expected = map(c.get("expected"));
        LocalDate decisionDate = c.get("decision_date") == null ? null : date(c.get("decision_date"));
        switch (rule) {
            case "guardianship-risk" -> {
                RiskEvaluation e = risk.evaluate(strings(input.get("adverseFindings")), decisionDate);
                assertThat(e.overallRisk().name()).isEqualTo(text(expected.get("overallRisk")));
                assertThat(e.highRiskFindings()).isEqualTo(strings(expected.get("highRiskFindings")));
                assertThat(e.mediumRiskFindings()).isEqualTo(strings(expected.get("mediumRiskFindings")));
                return e.basis();
            }
            case "visit-team" -> {
                VisitTeamDecision d = visitTeamCheck.check(new VisitTeam(sex(input.get("minorSex")),
                        (Integer) input.get("minorAgeYears"), assessors(input.get("assessors"))), decisionDate);
                assertThat(d.compliant()).isEqualTo(expected.get("compliant"));
                assertThat(d.violations()).map(Enum::name).isEqualTo(strings(expected.get("violations")));
                assertThat(d.minorInterviewRequired()).isEqualTo(expected.get("minorInterviewRequired"));
                return d.basis();
            }
            case "minor-interview-age" -> {
                LocalDate visitDate = date(input.get("visitDate"));
                int age = fullYearsOfAge.ageOn(date(input.get("birthDate")), visitDate);
                assertThat(age).isEqualTo(expected.get("ageYears"));
                VisitTeamDecision d = visitTeamCheck.check(new VisitTeam(Sex.M, age, List.of(
                        new Assessor(Sex.M, true, false), new Assessor(Sex.M, true, false))), visitDate);
                assertThat(d.minorInterviewRequired()).isEqualTo(expected.get("minorInterviewRequired"));
                return d.basis();
            }
            case "entrustment" -> {
                EntrustmentDecision d = entrustmentCheck.check(entrustment(input));
                assertThat(d.compliant()).isEqualTo(expected.get("compliant"));
                assertThat(d.violations()).map(Enum::name).isEqualTo(strings(expected.get("violations")));
                return d.basis();
            }
            case "assessment-trigger" -> {
                AssessmentObligationDecision d = obligation.decide(AssessmentTrigger.valueOf(text(input.get("trigger"))));
                assertThat(d.mandatory()).isEqualTo(expected.get("mandatory"));
                return d.basis();
            }
            case "police-report" -> {
                PoliceReportDecision d = policeReportDuty.assess(grounds(input));
                assertThat(d.required()).isEqualTo(expected.get("required"));
                return d.basis();
            }
            case "assessment-process" -> {
                return runProcess(c);
            }
            default -> throw new IllegalStateException("unknown rule " + rule);
        }
    }

    private List<Basis> runProcess(Map<String, Object> c) {
        Map<String, Object> o = map(c.get("opening"));
        StepDecision last = process.open(new OpenAssessment(date(o.get("date")),
                AssessmentTrigger.valueOf(text(o.get("trigger"))), AssessingAgency.valueOf(text(o.get("agency"))),
                sex(o.get("minorSex")), date(o.get("minorBirthDate"))));
        assertThat(last.accepted()).isTrue();
        Assessment assessment = last.assessment();
        int index = 0;
        for (Map<String, Object> step : maps(c.get("steps"))) {
            StepDecision d = step(assessment, step);
            Object expected = step.get("expected");
            String label = "step " + index + " (" + step.get("step") + ")";
            if ("accepted".equals(expected)) {
                assertThat(d.accepted()).as(label + " accepted, refusals %s", d.refusals()).isTrue();
                assertThat(d.assessment().history()).hasSize(assessment.history().size() + 1);
            } else {
                Set<String> codes = new LinkedHashSet<>(strings(map(expected).get("refused")));
                assertThat(d.accepted()).as(label + " refused").isFalse();
                assertThat(new LinkedHashSet<>(d.refusalCodes().stream().map(Enum::name).toList())).as(label)
                        .isEqualTo(codes);
                assertThat(d.assessment()).as(label + " leaves the assessment unchanged").isEqualTo(assessment);
                assertThat(d.refusals()).allSatisfy(r -> assertThat(r.basis()).isNotEmpty());
            }
            assessment = d.assessment();
            last = d;
            index++;
        }
        if (c.get("stage") != null) {
            assertThat(assessment.stage().name()).isEqualTo(text(c.get("stage")));
        }
        return last.basis();
    }

    private StepDecision step(Assessment a, Map<String, Object> s) {
        LocalDate date = date(s.get("date"));
        return switch (text(s.get("step"))) {
            case "writtenNotice" -> process.giveWrittenNotice(a, date);
            case "assignTeam" -> {
                ConductingMode mode = ConductingMode.valueOf(text(s.get("mode")));
                yield mode == ConductingMode.SELF_ORGANISED
                        ? process.assignTeam(a, new TeamAssignment(date, mode, members(s.get("members")), null))
                        : process.assignTeam(a, new TeamAssignment(date, mode, null, entrustment(map(s.get("entrustment")))));
            }
            case "visit" -> process.recordVisit(a, new Visit(date, assessors(s.get("assessors")),
                    s.get("recording") == null ? null : text(s.get("recording")), (Boolean) s.get("minorViewsRecorded")));
            case "findings" -> process.recordFindings(a, new Findings(date, strings(s.get("adverseFindings")),
                    grounds(s)));
            case "report" -> process.issueReport(a, new ReportDraft(date, (Boolean) s.get("dutyProperlyFulfilled"),
                    (Boolean) s.get("hasGuardianshipCapacity"), OverallRisk.valueOf(text(s.get("riskConclusion"))),
                    strings(s.get("recommendations")), s.get("reason") == null ? null : text(s.get("reason"))));
            case "notifyProblems" -> process.notifyProblems(a, date);
            case "fee" -> process.chargeFee(a, new FeeCharge(date, new BigDecimal(text(s.get("amount")))));
            case "invalidate" -> process.invalidate(a, new Invalidation(date,
                    InvalidationGround.valueOf(text(s.get("ground"))), text(s.get("statement"))));
            case "police" -> process.reportToPolice(a, new PoliceReferral(date, grounds(s)));
            case "assistance" -> process.referForAssistance(a, new AssistanceReferral(date,
                    AssistanceKind.valueOf(text(s.get("kind"))), HouseholdReliefSituation.valueOf(text(s.get("situation"))),
                    s.get("consentRecordedOn") == null ? null
                            : new FamilyConsent(date(s.get("consentRecordedOn")), text(s.get("consentReference")))));
            default -> throw new IllegalStateException("unknown step " + s.get("step"));
        };
    }

    // ---- input builders -------------------------------------------------------------------------------------

    private static List<Assessor> assessors(Object value) {
        if (value == null) {
            return null;
        }
        List<Assessor> result = new ArrayList<>();
        for (Object o : (List<?>) value) {
            if (o instanceof String s) {
                result.add(new Assessor(Sex.valueOf(s), true, false));
            } else {
                Map<String, Object> m = map(o);
                result.add(new Assessor(m.get("sex") == null ? null : sex(m.get("sex")),
                        (Boolean) m.get("credentialShown"), (Boolean) m.get("conflictOfInterest")));
            }
        }
        return result;
    }

    private static List<TeamMember> members(Object value) {
        List<TeamMember> result = new ArrayList<>();
        for (Object o : (List<?>) value) {
            if (o instanceof String s) {
                result.add(new TeamMember(MemberRole.valueOf(s), false));
            } else {
                Map<String, Object> m = map(o);
                result.add(new TeamMember(MemberRole.valueOf(text(m.get("role"))), (Boolean) m.get("conflictOfInterest")));
            }
        }
        return result;
    }

    /** The compliant entrustment of entrustment-and-triggers.yaml, with the case's changes. */
    private static Entrustment entrustment(Map<String, Object> changes) {
        Map<String, Object> c = changes == null ? Map.of() : changes;
        Map<String, Object> org = new HashMap<>(Map.of("type", "SOCIAL_WORK_SERVICE", "legallyRegistered", true,
                "experiencedInMinorProtectionOrAssessment", true, "interestInGuardian", false));
        if (c.get("organisation") != null) {
            org.putAll(map(c.get("organisation")));
        }
        Map<String, Object> assessor = new HashMap<>(Map.of("qualificationFields", List.of("SOCIAL_WORK"),
                "physicallyAndMentallyHealthy", true, "goodConduct", true, "unlawfulOrCriminalRecord", false,
                "relevantWorkExperience", true, "interestInGuardian", false));
        if (c.get("assessor") != null) {
            assessor.putAll(map(c.get("assessor")));
        }
        Set<QualificationField> fields = new LinkedHashSet<>();
        for (String f : strings(assessor.get("qualificationFields"))) {
            fields.add(QualificationField.valueOf(f));
        }
        return new Entrustment((Boolean) c.getOrDefault("writtenAgreementSigned", true),
                (Boolean) c.getOrDefault("entrustedMattersSpecified", true),
                new ThirdPartyOrganisation(OrganisationType.valueOf(text(org.get("type"))), (Boolean) org.get("legallyRegistered"),
                        (Boolean) org.get("experiencedInMinorProtectionOrAssessment"), (Boolean) org.get("interestInGuardian")),
                List.of(new ThirdPartyAssessor(fields, (Boolean) assessor.get("physicallyAndMentallyHealthy"),
                        (Boolean) assessor.get("goodConduct"), (Boolean) assessor.get("unlawfulOrCriminalRecord"),
                        (Boolean) assessor.get("relevantWorkExperience"), (Boolean) assessor.get("interestInGuardian"))));
    }

    /** Absent flags are false. */
    private static PoliceReportGrounds grounds(Map<String, Object> m) {
        return new PoliceReportGrounds(Boolean.TRUE.equals(m.get("seriousHarmToMinor")),
                Boolean.TRUE.equals(m.get("otherSeriousInfringement")),
                Boolean.TRUE.equals(m.get("suspectedUnlawfulOrCriminal")));
    }

    // ---- YAML plumbing --------------------------------------------------------------------------------------

    private static String ruleOf(Map<String, Object> root, Map<String, Object> c) {
        return text(c.getOrDefault("rule", root.get("rule")));
    }

    private static List<Path> caseFiles() {
        URL folder = PolicyCasesTest.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            fail("no " + FOLDER + " folder on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).isNotEmpty();
            return yaml;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(1000); // the process cases reuse anchored steps
            return map(new Yaml(new SafeConstructor(options))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return null;
        }
        return ((List<?>) o).stream().map(PolicyCasesTest::text).toList();
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static Sex sex(Object o) {
        return o == null ? null : Sex.valueOf(text(o));
    }

    private static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(text(o));
    }
}
