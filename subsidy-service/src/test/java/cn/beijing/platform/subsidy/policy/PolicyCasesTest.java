package cn.beijing.platform.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import cn.beijing.platform.subsidy.policy.finance.BusinessGrowthReward;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.LicensedInstitutionSubsidy;
import cn.beijing.platform.subsidy.policy.finance.TechInsuranceSubsidy;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureTradeSupport;
import cn.beijing.platform.subsidy.policy.scitech.OriginalGameSupport;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy;

/**
 * Runs every rule case in {@code src/test/resources/policy-cases/*.yaml} against the policy code. A file names its
 * {@code calculator}; each case has {@code name}, {@code article} (document and article, which must be in the
 * decision's basis), an optional {@code decisionDate}, {@code input} and {@code expected} (only the keys listed are
 * compared; {@code error: {field: …}} expects the input to be refused naming that field).
 */
class PolicyCasesTest {

    private static final Map<String, BiFunction<Map<String, Object>, LocalDate, Map<String, Object>>> CALCULATORS =
            new LinkedHashMap<>();

    static {
        var kindergarten = Shipped.PARAMETERS.kindergarten();
        var settlement = new PerChildSubsidySettlement(kindergarten);
        CALCULATORS.put("kindergarten-per-child-settlement", (in, on) -> {
            List<PerChildSubsidySettlement.Child> children = new ArrayList<>();
            for (Map<String, Object> c : maps(in.get("children"))) {
                children.add(new PerChildSubsidySettlement.Child((String) c.get("id"), date(c.get("birthDate")),
                        date(c.get("enteredOn")), bool(c.get("autumnIntake")), date(c.get("leftOn")),
                        bool(c.get("graduated"))));
            }
            var d = settlement.settle(((Number) in.get("year")).intValue(), children);
            return view(d.basis(), "monthlyCounts", d.monthlyCounts(),
                    "countAtPreviousSeptember30", d.countAtPreviousSeptember30(), "countAtMarch31", d.countAtMarch31(),
                    "entitlement", d.entitlement(),
                    "advances", d.advances().stream().map(PerChildSubsidySettlement.QuarterlyAdvance::amount).toList(),
                    "settlement", d.settlement(), "direction", d.direction());
        });
        var rent = new RentSubsidy(kindergarten);
        CALCULATORS.put("kindergarten-rent", (in, on) -> {
            var d = rent.evaluate(new RentSubsidy.RentEvaluation(dec(in.get("actualRentPerSquareMetrePerDay")),
                    dec(in.get("leasedArea")), integer(in.get("children")), dec(in.get("perChildAreaCap")),
                    integer(in.get("days"))), on);
            return view(d.basis(), "dailyRate", d.dailyRate(), "subsidisedArea", d.subsidisedArea(),
                    "amount", d.amount());
        });
        var notice = new PublicNoticePeriod(kindergarten, Shipped.CALENDAR);
        CALCULATORS.put("notice-period", (in, on) -> {
            var d = notice.evaluate(date(in.get("publishedOn")),
                    in.get("workingDays") == null ? null : integer(in.get("workingDays")));
            return view(d.basis(), "lastDay", d.lastDay(), "earliestPaymentDay", d.earliestPaymentDay());
        });
        var finance = Shipped.PARAMETERS.industrialFinance();
        var licensed = new LicensedInstitutionSubsidy(finance);
        CALCULATORS.put("industrial-finance-licensed-institution",
                (in, on) -> finance(licensed.evaluate(dec(in.get("paidInCapital")), on)));
        var growth = new BusinessGrowthReward(finance);
        CALCULATORS.put("industrial-finance-business-growth", (in, on) -> finance(growth.evaluate(
                new BusinessGrowthReward.Input((String) in.get("statisticalCode"), dec(in.get("revenue")),
                        dec(in.get("previousYearRevenue")), bool(in.get("subordinateInSystem"))), on)));
        var insurance = new TechInsuranceSubsidy(finance);
        CALCULATORS.put("industrial-finance-tech-insurance", (in, on) -> {
            EnumSet<TechInsuranceSubsidy.Recognition> recognitions = EnumSet.noneOf(TechInsuranceSubsidy.Recognition.class);
            for (Object r : list(in.get("recognitions"))) {
                recognitions.add(TechInsuranceSubsidy.Recognition.valueOf((String) r));
            }
            return finance(insurance.evaluate(new TechInsuranceSubsidy.Input(recognitions, dec(in.get("annualPremiums"))), on));
        });
        var culture = Shipped.PARAMETERS.sciTechCulture();
        var trade = new DigitalCultureTradeSupport(culture);
        CALCULATORS.put("sci-tech-culture-digital-culture-trade", (in, on) -> culture(trade.evaluate(
                new DigitalCultureTradeSupport.Input(dec(in.get("foreignRevenue")), bool(in.get("reviewed"))), on)));
        var games = new OriginalGameSupport(culture);
        CALCULATORS.put("sci-tech-culture-original-games", (in, on) -> culture(games.evaluate(
                new OriginalGameSupport.Input(bool(in.get("approvedAndLaunched")), bool(in.get("original")),
                        bool(in.get("reviewed")), dec(in.get("annualRevenue")),
                        bool(in.get("selectedForMultiSportEvent")), dec(in.get("rndInvestment"))), on)));
        var jobs = new JobExpansionSubsidy(Shipped.PARAMETERS.youthEmployment());
        CALCULATORS.put("youth-job-expansion", (in, on) -> {
            List<JobExpansionSubsidy.Hire> hires = new ArrayList<>();
            for (Map<String, Object> h : maps(in.get("hires"))) {
                hires.add(new JobExpansionSubsidy.Hire((String) h.get("personId"),
                        JobExpansionSubsidy.Category.valueOf((String) h.get("category")), date(h.get("birthDate")),
                        date(h.get("leftSchoolOn")), bool(h.get("unemployedSinceLeavingSchool")),
                        bool(h.get("registeredUnemployed")), date(h.get("hiredOn")), bool(h.get("labourContract")),
                        integer(h.get("fullInsuranceMonths"))));
            }
            var d = jobs.evaluate(bool(in.get("employerIsEnterprise")), hires, on);
            return view(d.basis(), "qualifyingHires", d.qualifyingHires(), "total", d.total(),
                    "failures", d.hires().stream().flatMap(h -> h.failures().stream()).map(Failure::code).toList());
        });
    }

    @TestFactory
    Stream<DynamicNode> policyCases() throws IOException, URISyntaxException {
        Path dir = Path.of(PolicyCasesTest.class.getClassLoader().getResource("policy-cases").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("policy case files").isNotEmpty();
        List<DynamicNode> containers = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            }
            String calculator = (String) doc.get("calculator");
            assertThat(CALCULATORS).as("calculator of %s", file.getFileName()).containsKey(calculator);
            List<DynamicNode> tests = new ArrayList<>();
            for (Map<String, Object> c : maps(doc.get("cases"))) {
                tests.add(DynamicTest.dynamicTest(c.get("name") + " [" + c.get("article") + "]",
                        () -> run(calculator, c)));
            }
            containers.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
        }
        return containers.stream();
    }

    @SuppressWarnings("unchecked")
    private static void run(String calculator, Map<String, Object> c) {
        assertThat(c).containsKeys("name", "article", "input", "expected");
        Map<String, Object> input = (Map<String, Object>) c.get("input");
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        LocalDate decisionDate = c.get("decisionDate") == null ? null : date(c.get("decisionDate"));
        var calc = CALCULATORS.get(calculator);
        if (expected.containsKey("error")) {
            Map<String, Object> error = (Map<String, Object>) expected.get("error");
            assertThatThrownBy(() -> calc.apply(input, decisionDate)).isInstanceOf(PolicyInputException.class)
                    .extracting("field").isEqualTo(error.get("field"));
            return;
        }
        Map<String, Object> actual = calc.apply(input, decisionDate);
        List<Basis> basis = (List<Basis>) actual.get("basis");
        assertThat(basis).as("basis").isNotEmpty();
        assertThat(basis).extracting(Basis::citation).as("the case's article is in the basis")
                .contains((String) c.get("article"));
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertThat(actual).as("decision field").containsKey(e.getKey());
            assertSame(e.getKey(), e.getValue(), actual.get(e.getKey()));
        }
    }

    private static void assertSame(String key, Object expected, Object actual) {
        if (expected instanceof List<?> list) {
            assertThat(actual).as(key).isInstanceOf(List.class);
            List<?> actualList = (List<?>) actual;
            assertThat(actualList).as(key + " size").hasSize(list.size());
            for (int i = 0; i < list.size(); i++) {
                assertSame(key + "[" + i + "]", list.get(i), actualList.get(i));
            }
        } else if (expected instanceof Number n) {
            assertThat(new BigDecimal(String.valueOf(actual))).as(key).isEqualByComparingTo(new BigDecimal(n.toString()));
        } else if (expected instanceof Date d) {
            assertThat(String.valueOf(actual)).as(key).isEqualTo(date(d).toString());
        } else if (expected instanceof Boolean b) {
            assertThat(actual).as(key).isEqualTo(b);
        } else {
            assertThat(String.valueOf(actual)).as(key).isEqualTo(String.valueOf(expected));
        }
    }

    private static Map<String, Object> finance(FinanceSupportDecision d) {
        return view(d.basis(), "eligible", d.eligible(), "amount", d.amount(),
                "amountTenThousandYuan", d.amountTenThousandYuan(), "clause", d.clause(), "capApplied", d.capApplied(),
                "failures", d.failures().stream().map(Failure::code).toList());
    }

    private static Map<String, Object> culture(CultureSupportDecision d) {
        return view(d.basis(), "eligible", d.eligible(), "amount", d.amount(),
                "amountTenThousandYuan", d.amountTenThousandYuan(),
                "failures", d.failures().stream().map(Failure::code).toList());
    }

    private static Map<String, Object> view(List<Basis> basis, Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        map.put("basis", basis);
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }

    private static int integer(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static boolean bool(Object o) {
        return o != null && (Boolean) o;
    }
}
