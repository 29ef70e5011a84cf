package cn.beijing.platform.medical.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.medical.parameters.DrgReferenceDataCsv;
import cn.beijing.platform.medical.parameters.MedicalInsuranceParameters;

/**
 * Runs every rule case of {@code src/test/resources/policy-cases/*.yaml} against the policy code. A file has a
 * {@code document} and {@code cases}; a case has {@code name}, {@code rule}, {@code article}, an optional
 * {@code decision_date} (the service date, discharge date or decision date the rule is evaluated on), {@code input}
 * and {@code expected}. {@code expected: {error: field}} expects a refusal naming the field; otherwise every expected
 * key is compared with the decision (numbers by value) and the decision's basis must cite {@code document article}.
 */
class PolicyCasesTest {

    private static final MedicalInsuranceParameters P = ShippedParameters.PARAMETERS;
    private static final DrgGroupTable SAMPLE_GROUPS = DrgReferenceDataCsv.sampleGroupTable();
    private static final DesignatedHospitals SAMPLE_HOSPITALS = DrgReferenceDataCsv.sampleDesignatedHospitals();

    private static final Map<String, BiFunction<In, LocalDate, Object>> RULES = Map.ofEntries(
            Map.entry("drug-price-evaluation", (in, date) -> P.drugPaymentStandard().evaluate(
                    new DrugPriceInput(in.dec("price"), in.dec("paymentStandard"), in.dec("quantity")))),
            Map.entry("listing-price", (in, date) -> P.listingPriceCheck().check(new ListingPriceInput(
                    in.enumValue(ListedDrugKind.class, "kind"), in.dec("listingPrice"), in.dec("ceiling")))),
            Map.entry("dropped-negotiated-drug-transition", (in, date) ->
                    P.droppedNegotiatedDrugTransitionRule().evaluate(date)),
            Map.entry("herbal-piece", (in, date) -> P.herbalPieceExclusion().evaluate(in.str("herbName"),
                    in.enumValue(HerbalUse.class, "herbalUse"), date)),
            Map.entry("outpatient-special-disease-scope", (in, date) -> P.outpatientSpecialDiseaseScope().evaluate(
                    new OutpatientSpecialDiseaseDrugInput(in.enumValue(OutpatientSpecialDisease.class, "disease"),
                            in.str("categoryCode"), in.str("drugName"), date))),
            Map.entry("drug-claim-line", (in, date) -> P.drugClaimLine().decide(new DrugClaimLineInput(
                    in.enumValue(DrugCatalogueStatus.class, "status"), in.dec("price"), in.dec("paymentStandard"),
                    in.dec("quantity"), date, in.str("herbName"), in.enumValue(HerbalUse.class, "herbalUse")))),
            Map.entry("price-item-charge", (in, date) -> P.priceItemCharge().check(new PriceItemChargeInput(
                    in.str("itemCode"), in.dec("unitPrice"), date, in.date("billingDate")))),
            Map.entry("resident-contributions", (in, date) ->
                    P.residentContributionStandard().forYear(in.dec("year").intValueExact())),
            Map.entry("drg-payment-evaluation", (in, date) -> P.drgSettlement().evaluate(new DrgPaymentEvaluationInput(
                    in.dec("weight"), in.bool("infectiousDiseaseSpecialty"), in.enumValue(Insurance.class, "insurance"),
                    in.dec("actualCost"), date))),
            Map.entry("drg-case-settlement", (in, date) -> P.drgSettlement().settle(new DrgCaseInput(
                    in.str("groupCode"), in.str("hospitalCode"), in.enumValue(HospitalLevel.class, "hospitalLevel"),
                    in.bool("infectiousDiseaseSpecialty"), in.enumValue(Insurance.class, "insurance"),
                    in.dec("actualCost"), date, in.bool("approvedSpecialCase")), SAMPLE_GROUPS, SAMPLE_HOSPITALS)),
            Map.entry("special-case-quota", (in, date) -> P.specialCaseQuota().mayApproveOneMore(
                    new SpecialCaseQuotaInput(in.dec("approvedSpecialCases").longValueExact(),
                            in.dec("drgDischargeCases").longValueExact(), date))),
            Map.entry("ischemic-stroke-single-disease-payment", (in, date) ->
                    P.ischemicStrokeSingleDiseasePaymentRule().evaluate(date)),
            Map.entry("drg-weights", PolicyCasesTest::weights));

    @TestFactory
    Stream<DynamicNode> policyCases() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("policy-cases").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<DynamicNode> containers = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            }
            String document = (String) doc.get("document");
            List<DynamicTest> tests = new ArrayList<>();
            for (Object item : (List<?>) doc.get("cases")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) item;
                String name = c.get("article") + " · " + c.get("name");
                tests.add(DynamicTest.dynamicTest(name, () -> run(document, c)));
            }
            assertThat(tests).as(file.getFileName().toString()).isNotEmpty();
            containers.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
        }
        return containers.stream();
    }

    @SuppressWarnings("unchecked")
    private static void run(String document, Map<String, Object> c) {
        for (String key : List.of("name", "rule", "article", "input", "expected")) {
            assertThat(c).as("case keys").containsKey(key);
        }
        BiFunction<In, LocalDate, Object> rule = RULES.get((String) c.get("rule"));
        assertThat(rule).as("rule " + c.get("rule")).isNotNull();
        In input = new In((Map<String, Object>) c.get("input"));
        LocalDate date = c.get("decision_date") == null ? null : toDate(c.get("decision_date"));
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        if (expected.containsKey("error")) {
            assertThatThrownBy(() -> rule.apply(input, date))
                    .isInstanceOfSatisfying(PolicyInputException.class,
                            e -> assertThat(e.field()).isEqualTo(expected.get("error")));
            return;
        }
        Object decision = rule.apply(input, date);
        compare("", expected, decision);
        List<Basis> basis = ((PolicyDecision) decision).basis();
        assertThat(basis).as("basis cites %s %s", document, c.get("article"))
                .anySatisfy(b -> {
                    assertThat(b.document()).isEqualTo(document);
                    assertThat(b.article()).isEqualTo(String.valueOf(c.get("article")));
                });
    }

    @SuppressWarnings("unchecked")
    private static void compare(String path, Object expected, Object actual) {
        if (expected == null) {
            assertThat(actual).as(path).isNull();
        } else if (expected instanceof Map<?, ?> map) {
            assertThat(actual).as(path).isNotNull();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                compare(path + "." + e.getKey(), e.getValue(), component(actual, e.getKey(), path));
            }
        } else if (expected instanceof List<?> list) {
            assertThat(actual).as(path).isInstanceOf(List.class);
            List<?> actualList = (List<?>) actual;
            assertThat(actualList).as(path).hasSameSizeAs(list);
            for (int i = 0; i < list.size(); i++) {
                compare(path + "[" + i + "]", list.get(i), actualList.get(i));
            }
        } else if (expected instanceof Number number) {
            assertThat(actual).as(path).isNotNull();
            assertThat(new BigDecimal(actual.toString())).as(path).isEqualByComparingTo(number.toString());
        } else if (expected instanceof Boolean) {
            assertThat(actual).as(path).isEqualTo(expected);
        } else if (expected instanceof Date) {
            assertThat(actual).as(path).isEqualTo(toDate(expected));
        } else {
            assertThat(String.valueOf(actual)).as(path).isEqualTo(String.valueOf(expected));
        }
    }

    private static Object component(Object record, String name, String path) {
        if (!record.getClass().isRecord()) {
            fail(path + " is not a record: " + record);
        }
        for (var component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return fail(path + "." + name + " is not a field of " + record.getClass().getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static Object weights(In in, LocalDate date) {
        DrgWeightCalculation rule = in.has("lowerFenceMultiplier")
                ? DrgWeightCalculationTest.withFences(in.str("lowerFenceMultiplier"), in.str("upperFenceMultiplier"))
                : P.drgWeightCalculation();
        HistoricalCases.Builder cases = HistoricalCases.builder();
        ((Map<String, Object>) in.values.get("costsByGroup")).forEach((group, costs) -> {
            for (Object cost : (List<Object>) costs) {
                cases.add(group, new BigDecimal(cost.toString()));
            }
        });
        return rule.compute(cases.build(), date);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(value.toString());
    }

    /** Typed access to a case's input map; absent keys are null (so missing-field cases can be written). */
    private record In(Map<String, Object> values) {

        boolean has(String key) {
            return values.get(key) != null;
        }

        BigDecimal dec(String key) {
            return has(key) ? new BigDecimal(values.get(key).toString()) : null;
        }

        String str(String key) {
            return has(key) ? values.get(key).toString() : null;
        }

        boolean bool(String key) {
            return has(key) && (Boolean) values.get(key);
        }

        LocalDate date(String key) {
            return has(key) ? toDate(values.get(key)) : null;
        }

        <E extends Enum<E>> E enumValue(Class<E> type, String key) {
            return has(key) ? Enum.valueOf(type, values.get(key).toString()) : null;
        }
    }
}
