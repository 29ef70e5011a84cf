package cn.beijing.platform.energy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.energy.parameters.EnergyPolicies;

/**
 * Runs the auditor-readable rule cases in {@code src/test/resources/policy-cases/*.yaml} against the policy code.
 * Each file names a {@code policy} and lists {@code cases}: {@code name}, {@code article}, optional
 * {@code decisionDate}, {@code input}, {@code expected}. In {@code expected}, each key is a field of the decision;
 * {@code error: <field>} expects the input to be rejected naming that field; {@code errorType: <SimpleClassName>}
 * expects that exception; {@code basis: [citations]} expects those citations among the decision's basis.
 */
class PolicyCasesTest {

    private static final EnergyPolicies POLICIES = ShippedPolicies.POLICIES;
    private static final Set<String> CASE_KEYS = Set.of("name", "article", "decisionDate", "input", "expected");

    @TestFactory
    Stream<DynamicNode> policyCases() throws IOException, URISyntaxException {
        URL directory = getClass().getClassLoader().getResource("policy-cases");
        assertThat(directory).as("policy-cases directory").isNotNull();
        File[] files = new File(directory.toURI()).listFiles((dir, name) -> name.endsWith(".yaml"));
        assertThat(files).isNotEmpty();
        Arrays.sort(files);
        List<DynamicNode> containers = new ArrayList<>();
        for (File file : files) {
            containers.add(container(file));
        }
        return containers.stream();
    }

    @SuppressWarnings("unchecked")
    private DynamicContainer container(File file) throws IOException {
        Map<String, Object> document;
        try (InputStream in = new FileInputStream(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(in);
        }
        String policy = (String) document.get("policy");
        List<Map<String, Object>> cases = (List<Map<String, Object>>) document.get("cases");
        assertThat(policy).as(file.getName() + ": policy").isNotBlank();
        assertThat(cases).as(file.getName() + ": cases").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("name");
            String article = (String) c.get("article");
            assertThat(name).as(file.getName() + ": a case without name").isNotBlank();
            assertThat(article).as(name + ": article").isNotBlank();
            assertThat(c.get("expected")).as(name + ": expected").isInstanceOf(Map.class);
            assertThat(CASE_KEYS).as(name + ": keys").containsAll(c.keySet());
            tests.add(DynamicTest.dynamicTest(name + " [" + article + "]", () -> run(policy, c)));
        }
        return DynamicContainer.dynamicContainer(file.getName(), tests);
    }

    @SuppressWarnings("unchecked")
    private void run(String policy, Map<String, Object> c) {
        Map<String, Object> input = c.get("input") == null ? Map.of() : (Map<String, Object>) c.get("input");
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        LocalDate decisionDate = c.get("decisionDate") == null ? null : date(c.get("decisionDate"));
        Object decision;
        try {
            decision = decide(policy, new Input(input), decisionDate);
        } catch (PolicyInputException e) {
            if (expected.containsKey("error")) {
                assertThat(e.field()).as("rejected field (" + e.getMessage() + ")").isEqualTo(expected.get("error"));
            }
            if (expected.containsKey("errorType")) {
                assertThat(e.getClass().getSimpleName()).isEqualTo(expected.get("errorType"));
            }
            if (expected.containsKey("error") || expected.containsKey("errorType")) {
                return;
            }
            throw e;
        } catch (RuntimeException e) {
            if (expected.containsKey("errorType")) {
                assertThat(e.getClass().getSimpleName()).isEqualTo(expected.get("errorType"));
                return;
            }
            throw e;
        }
        if (expected.containsKey("error") || expected.containsKey("errorType")) {
            fail("expected a rejection " + expected + " but got " + decision);
        }
        for (Map.Entry<String, Object> entry : expected.entrySet()) {
            String key = entry.getKey();
            if (key.equals("basis")) {
                List<String> citations = ((List<Basis>) field(decision, "basis")).stream().map(Basis::citation)
                        .toList();
                assertThat(citations).as("basis").containsAll((List<String>) entry.getValue());
                continue;
            }
            Object actual = field(decision, key);
            assertThat(same(entry.getValue(), actual))
                    .as("%s: expected %s but was %s", key, entry.getValue(), actual).isTrue();
        }
    }

    private static Object decide(String policy, Input in, LocalDate on) {
        return switch (policy) {
            case "rating-scope" -> POLICIES.ratingScope().evaluate(new RatingScope.Input(in.decimal("totalArea"),
                    in.decimal("publicArea"), in.flag("stateSecret"), in.flag("stateOrganOffice"),
                    in.flag("centralGovernmentOffice")), on);
            case "energy-grade" -> POLICIES.energyGrade().evaluate(new EnergyGrade.Input(in.decimal("intensity"),
                    in.decimal("guideValue"), in.decimal("constraintValue")), on);
            case "comprehensive-intensity" -> POLICIES.comprehensiveIntensity().evaluate(
                    new ComprehensiveIntensity.Input(in.decimal("floorArea"), in.readings("consumption"),
                            in.list("excludedLoads").stream().map(m -> new ComprehensiveIntensity.ExcludedLoad(
                                    ExcludedLoadCategory.valueOf(m.text("category")),
                                    EnergyCarrier.valueOf(m.text("carrier")), m.decimal("quantity"))).toList()), on);
            case "rating-deadline" -> Map.of("ratingDeadline",
                    POLICIES.retrofitObligation().ratingDeadline(in.integer("ratingYear")));
            case "retrofit-obligation" -> POLICIES.retrofitObligation().evaluate(new RetrofitObligation.Input(
                    in.flag("largePublicBuildingInScope"), in.integer("ratingYear"),
                    in.yearMap("grades").entrySet().stream().map(e -> new RetrofitObligation.AnnualGrade(e.getKey(),
                            ((Number) e.getValue()).intValue())).toList(),
                    in.date("ratedOn"), in.date("correctionDeadline"), in.flag("retrofitImplemented")), on);
            case "spot-check-draw" -> POLICIES.spotCheckDraw().draw(new SpotCheckDraw.Input(in.text("district"),
                    in.integer("year"), in.has("buildingCount")
                            ? IntStream.rangeClosed(1, in.integer("buildingCount"))
                                    .mapToObj(i -> String.format("B%04d", i)).toList()
                            : in.texts("largePublicBuildingIds"),
                    in.texts("labelApplicantIds"), in.integer("seed")), on);
            case "survey-calendar" -> in.has("surveyYear") ? POLICIES.surveyCalendar().forYear(in.integer("surveyYear"))
                    : POLICIES.surveyCalendar().phaseOn(in.date("date"));
            case "settlement-reconciliation" -> POLICIES.settlementReconciliation().reconcile(
                    new SettlementReconciliation.Comparison(in.text("buildingId"),
                            EnergyCarrier.valueOf(in.text("carrier")), in.integer("year"), in.decimal("ownerFigure"),
                            in.decimal("utilityFigure")), on);
            case "survey-data-completeness" -> POLICIES.surveyDataCompleteness().check(
                    new SurveyDataCompleteness.Submission(in.text("sampleId"), in.readings("reported")));
            case "old-building-classification" -> POLICIES.oldBuildingClassification().classify(
                    new OldBuildingClassification.Input(!in.has("inRenewalScope") || in.flag("inRenewalScope"),
                            in.integer("completionYear"), in.flag("seismicallyAppraisedAndReinforced"),
                            in.flag("otherSafetyHazardUnresolved"), in.flag("energyRetrofitted"),
                            in.integer("assessmentYear"),
                            in.list("intensities").stream().map(m -> new OldBuildingClassification.AnnualIntensity(
                                    m.integer("year"), m.decimal("intensity"), m.decimal("constraintValue"))).toList(),
                            in.has("appraisal") ? appraisal(in.nested("appraisal")) : null), on);
            case "renewal-priority" -> POLICIES.renewalPriority().evaluate(new RenewalPriority.Input(
                    in.flag("clearPropertyRights"), in.flag("ownerWillingToPromote"), in.flag("wholeBuildingVacant"),
                    in.flag("relocationCompleted"), in.flag("ownerSeekingMarketPartner"),
                    in.flag("designatedForKeySupport"), in.flag("onLowEfficiencyLedger"), in.flag("oldBuilding")), on);
            case "public-notice-period" -> POLICIES.publicNoticePeriod().evaluate(in.date("publishedOn"),
                    in.date("plannedLastDay"));
            case "renewal-trial-validity" -> POLICIES.renewalTrialPeriod().validity(on);
            default -> throw new IllegalArgumentException("unknown policy " + policy);
        };
    }

    private static OldBuildingClassification.SafetyAppraisal appraisal(Input in) {
        return new OldBuildingClassification.SafetyAppraisal(
                in.has("dangerGrade") ? OldBuildingClassification.AppraisalGrade.valueOf(in.text("dangerGrade")) : null,
                in.has("structuralOrSeismicGrade")
                        ? OldBuildingClassification.AppraisalGrade.valueOf(in.text("structuralOrSeismicGrade")) : null);
    }

    /** The case's input mapping, with typed access; absent keys read as null / false / empty. */
    private record Input(Map<String, Object> values) {

        boolean has(String key) {
            return values.containsKey(key);
        }

        BigDecimal decimal(String key) {
            Object value = values.get(key);
            return value == null ? null : new BigDecimal(String.valueOf(value));
        }

        boolean flag(String key) {
            return Boolean.TRUE.equals(values.get(key));
        }

        int integer(String key) {
            return ((Number) values.get(key)).intValue();
        }

        String text(String key) {
            Object value = values.get(key);
            return value == null ? null : String.valueOf(value);
        }

        LocalDate date(String key) {
            Object value = values.get(key);
            return value == null ? null : PolicyCasesTest.date(value);
        }

        @SuppressWarnings("unchecked")
        List<String> texts(String key) {
            Object value = values.get(key);
            return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
        }

        @SuppressWarnings("unchecked")
        Input nested(String key) {
            return new Input((Map<String, Object>) values.get(key));
        }

        @SuppressWarnings("unchecked")
        List<Input> list(String key) {
            Object value = values.get(key);
            return value == null ? List.of() : ((List<Map<String, Object>>) value).stream().map(Input::new).toList();
        }

        /** {@code {ELECTRICITY: 100, WATER: 5}} → meter readings, in the order written. */
        @SuppressWarnings("unchecked")
        List<MeterReading> readings(String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            List<MeterReading> readings = new ArrayList<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
                readings.add(new MeterReading(EnergyCarrier.valueOf(e.getKey()),
                        e.getValue() == null ? null : new BigDecimal(String.valueOf(e.getValue()))));
            }
            return readings;
        }

        @SuppressWarnings("unchecked")
        Map<Integer, Object> yearMap(String key) {
            Object value = values.get(key);
            Map<Integer, Object> result = new LinkedHashMap<>();
            if (value != null) {
                ((Map<Object, Object>) value).forEach((k, v) -> result.put(Integer.valueOf(String.valueOf(k)), v));
            }
            return result;
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Object field(Object decision, String key) {
        if (decision instanceof Map<?, ?> map) {
            assertThat(map.containsKey(key)).as("decision has field " + key).isTrue();
            return ((Map<String, Object>) map).get(key);
        }
        for (RecordComponent component : decision.getClass().getRecordComponents()) {
            if (component.getName().equals(key)) {
                try {
                    return component.getAccessor().invoke(decision);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError(decision.getClass().getSimpleName() + " has no field '" + key + "'");
    }

    private static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (actual instanceof BigDecimal decimal) {
            return new BigDecimal(String.valueOf(expected)).compareTo(decimal) == 0;
        }
        if (actual instanceof Integer || actual instanceof Long) {
            return expected instanceof Number n && n.longValue() == ((Number) actual).longValue();
        }
        if (actual instanceof Enum<?> constant) {
            return constant.name().equals(String.valueOf(expected));
        }
        if (actual instanceof LocalDate d) {
            return d.equals(date(expected));
        }
        if (actual instanceof List<?> list) {
            if (!(expected instanceof List<?> wanted) || wanted.size() != list.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!same(wanted.get(i), list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (actual instanceof Boolean) {
            return actual.equals(expected);
        }
        return String.valueOf(expected).equals(String.valueOf(actual));
    }
}
