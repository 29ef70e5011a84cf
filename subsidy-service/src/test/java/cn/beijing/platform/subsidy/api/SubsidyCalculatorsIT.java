package cn.beijing.platform.subsidy.api;

import static cn.beijing.platform.subsidy.api.Json.citations;
import static cn.beijing.platform.subsidy.api.Json.errorFields;
import static cn.beijing.platform.subsidy.api.Json.expect;
import static cn.beijing.platform.subsidy.api.Json.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.policy.RuleDescriptor;
import cn.beijing.platform.test.PolicyCases;
import cn.beijing.platform.test.TestTokens;
import cn.beijing.platform.test.openapi.CalculatorExampleChecks;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The stateless calculators over HTTP: the docs/API.md contract (field names, amounts, dates, citations), every rule case
 * of {@code policy-cases/*.yaml} run against the live endpoints, one calculator per measure of 京技管发〔2024〕31号
 * and per article of 33号 with their thresholds (at, below, above) and caps (hit exactly, exceeded), 从优不重复 and
 * 就高不重复, and bad input answered 400/422 naming the field.
 */
class SubsidyCalculatorsIT extends SubsidyApiTest {

    private static final String ON = "?decisionDate=2025-06-30";
    /** Calculators are open to any authenticated role. */
    private static final String TOKEN = TestTokens.bearer("guardian-clerk", "SOME_AGENCY", "GUARDIANSHIP_ASSESSOR");
    private static final String K30 = "京技管发〔2024〕30号";
    private static final String K31 = "京技管发〔2024〕31号";
    private static final String K33 = "京技管发〔2024〕33号";

    // ---------------------------------------------------------------- docs/API.md calculators

    @Test
    void perChildSettlementAnswersTheApiContract() {
        JsonNode body = ok("/kindergarten/per-child-settlements", q("""
                {'year': 2025, 'children': [
                  {'id': 'A', 'birthDate': '2021-06-01', 'enteredOn': '2024-09-01', 'autumnIntake': true},
                  {'id': 'B', 'birthDate': '2021-05-01', 'enteredOn': '2024-09-01', 'leftOn': '2025-02-10'},
                  {'id': 'G', 'birthDate': '2019-03-01', 'enteredOn': '2022-09-01', 'leftOn': '2025-07-10', 'graduated': true},
                  {'id': 'N', 'birthDate': '2022-05-01', 'enteredOn': '2025-08-20', 'autumnIntake': true},
                  {'id': 'U', 'birthDate': '2022-09-01', 'enteredOn': '2025-09-01', 'autumnIntake': true}]}"""));
        // A all year; B stops from February; G counts up to July; N from September; U is not 3 at the intake
        assertThat(body.path("monthlyCounts").toString()).isEqualTo("[3,2,2,2,2,2,2,1,2,2,2,2]");
        expect(body, "/countAtPreviousSeptember30", 3, "/countAtMarch31", 2,
                "/entitlement", "43200.00",                        // 24 child-months × 1800
                "/advances/0/quarter", 1, "/advances/0/count", 3, "/advances/0/amount", "16200.00",
                "/advances/1/amount", "16200.00", "/advances/2/count", 2, "/advances/2/amount", "10800.00",
                "/advances/3/amount", "10800.00",
                "/settlement", "-10800.00", "/direction", "REFUND", "/settledIn", "2026-01");
        assertThat(citations(body.path("basis"))).containsExactly(K30 + " 第五条");
        assertThat(body.path("basis").get(0).path("parameters").asString())
                .contains("kindergarten-per-child-monthly-rate@2024-12-02");
    }

    @Test
    void rentCapsTheRateAtFiveYuanAndTheAreaAtThePerChildStandard() {
        JsonNode below = ok("/kindergarten/rent-evaluations" + ON, q("""
                {'actualRentPerSquareMetrePerDay': 4.99, 'leasedArea': 899.99, 'children': 100,
                 'perChildAreaCap': 9, 'days': 30}"""));
        expect(below, "/dailyRate", "4.99", "/subsidisedArea", "899.99", "/amount", "134728.50",
                "/rateCapped", false, "/areaCapped", false);
        JsonNode at = ok("/kindergarten/rent-evaluations" + ON, q("""
                {'actualRentPerSquareMetrePerDay': 5, 'leasedArea': 900, 'children': 100, 'perChildAreaCap': 9,
                 'days': 30}"""));
        expect(at, "/dailyRate", 5, "/subsidisedArea", 900, "/amount", "135000.00", "/rateCapped", false,
                "/areaCapped", false);
        JsonNode above = ok("/kindergarten/rent-evaluations" + ON, q("""
                {'actualRentPerSquareMetrePerDay': 5.01, 'leasedArea': 900.01, 'children': 100, 'perChildAreaCap': 9,
                 'days': 30}"""));
        expect(above, "/dailyRate", 5, "/subsidisedArea", 900, "/amount", "135000.00", "/rateCapped", true,
                "/areaCapped", true);
        assertThat(citations(above.path("basis"))).containsExactly(K30 + " 第六条");
    }

    @Test
    void licensedInstitutionAppliesThePercentageToTheWholePaidInCapital() {
        String path = "/industrial-finance/licensed-institution-evaluations" + ON;
        expect(ok(path, "{\"paidInCapital\": 99999999.99}"), "/eligible", false,
                "/failures/0/code", "PAID_IN_CAPITAL_BELOW_MINIMUM", "/failures/0/article", "第八条", "/amount", 0);
        // 1亿: 500万 + 1% × 1亿 = 600万
        expect(ok(path, "{\"paidInCapital\": 100000000}"), "/eligible", true, "/clause", "PAID_IN_BRACKET_1",
                "/amount", "6000000.00", "/amountTenThousandYuan", "600.00");
        // just below 5亿: 500万 + 1% × 49999.99万 = 999.9999万 → 1000.00万
        expect(ok(path, "{\"paidInCapital\": 499999900}"), "/clause", "PAID_IN_BRACKET_1",
                "/amountTenThousandYuan", "1000.00");
        // 5亿: 1000万 + 0.5% × 5亿 = 1250万
        expect(ok(path, "{\"paidInCapital\": 500000000}"), "/clause", "PAID_IN_BRACKET_2",
                "/amount", "12500000.00", "/amountTenThousandYuan", "1250.00");
        // 10亿: 2000万 + 0.3% × 10亿 = 2300万
        expect(ok(path, "{\"paidInCapital\": 1000000000}"), "/clause", "PAID_IN_BRACKET_3",
                "/amountTenThousandYuan", "2300.00");
        // 30亿: 5000万 + 0.2% × 30亿 = 5600万
        expect(ok(path, "{\"paidInCapital\": 3000000000}"), "/clause", "PAID_IN_BRACKET_4",
                "/amountTenThousandYuan", "5600.00", "/capApplied", false);
        // 50亿: 5000万 + 1000万 = 6000万, the cap exactly
        expect(ok(path, "{\"paidInCapital\": 5000000000}"), "/amountTenThousandYuan", "6000.00", "/capApplied", false);
        // 60亿: 6200万 → capped at 6000万
        JsonNode capped = ok(path, "{\"paidInCapital\": 6000000000}");
        expect(capped, "/amount", "60000000.00", "/amountTenThousandYuan", "6000.00", "/capApplied", true);
        assertThat(citations(capped.path("basis"))).containsExactly(K33 + " 第八条");
    }

    @Test
    void noticePeriodsStartTheDayAfterPublicationOnTheOfficialCalendar() {
        // 民法典 第二百零一条: the publication day is not counted. Friday before National Day: (9-26 not counted),
        // make-up Sunday 9-28, 9-29, 9-30, (10-1..10-8 off), 10-9, 10-10; payment on the make-up Saturday 10-11
        notice("2025-09-26", 5, "2025-10-10", "2025-10-11");
        // fifteen working days across Labour Day: make-up Sunday 4-27, (5-1..5-5 off) … 5-20
        notice("2025-04-25", 15, "2025-05-20", "2025-05-21");
        // the year boundary: (2026-01-01..01-03 off), make-up Sunday 1-4, 1-5 … 1-8
        notice("2025-12-31", 5, "2026-01-08", "2026-01-09");
        // Friday before Spring Festival: make-up Sunday 1-26, 1-27, (1-28..2-4 off), 2-5, 2-6, 2-7
        notice("2025-01-24", 5, "2025-02-07", "2025-02-08");
        // Monday 1-27: (1-28..2-4 off), 2-5, 2-6, 2-7, make-up Saturday 2-8, 2-10
        notice("2025-01-27", 5, "2025-02-10", "2025-02-11");
        // published on a Spring Festival holiday: counting starts 2-5
        notice("2025-01-30", 5, "2025-02-10", "2025-02-11");
        // 9-30: (10-1..10-8 off), 10-9, 10-10, make-up Saturday 10-11, 10-13, 10-14
        notice("2025-09-30", 5, "2025-10-14", "2025-10-15");
        // a longer announced period, and the minimum when none is given
        notice("2025-03-03", 10, "2025-03-17", "2025-03-18");
        JsonNode minimum = ok("/notice-period-evaluations", "{\"publishedOn\": \"2025-03-03\"}");
        expect(minimum, "/workingDays", 5, "/counting", "FROM_NEXT_DAY", "/lastDay", "2025-03-10",
                "/earliestPaymentDay", "2025-03-11");
        assertThat(citations(minimum.path("basis"))).containsExactly(K30 + " 第十四条", "中华人民共和国民法典 第二百零一条");
        expect(minimum, "/basis/1/parameters", "kindergarten-public-notice-excludes-publication-day@2024-12-02");

        // a span reaching 2027, for which no holiday arrangement is loaded → 422 naming the date
        JsonNode unknownYear = problem("/notice-period-evaluations", "{\"publishedOn\": \"2026-12-29\", \"workingDays\": 5}", 422);
        assertThat(errorFields(unknownYear)).containsExactly("publishedOn");
        assertThat(unknownYear.path("errors").get(0).path("message").asString()).contains("2027");
        // across the 2026 Spring Festival: make-up Sat 2-14, (2-15…2-23 off), 2-24 … 2-27; payment make-up Sat 2-28
        notice("2026-02-13", 5, "2026-02-27", "2026-02-28");
        // the minimum of 第十四条: four working days is just below it, five is it, six just above
        assertThat(errorFields(problem("/notice-period-evaluations",
                "{\"publishedOn\": \"2025-03-03\", \"workingDays\": 4}", 422))).containsExactly("workingDays");
        notice("2025-03-03", 5, "2025-03-10", "2025-03-11");
        notice("2025-03-03", 6, "2025-03-11", "2025-03-12");
    }

    private void notice(String publishedOn, int days, String lastDay, String earliestPaymentDay) {
        JsonNode body = ok("/notice-period-evaluations",
                "{\"publishedOn\": \"" + publishedOn + "\", \"workingDays\": " + days + "}");
        expect(body, "/publishedOn", publishedOn, "/lastDay", lastDay, "/earliestPaymentDay", earliestPaymentDay);
    }

    // ---------------------------------------------------------------- policy cases, over HTTP

    /**
     * The auditors' rule cases ({@code src/test/resources/policy-cases/*.yaml}), run against the live endpoints by the
     * one runner: the same expectations as in process, through the HTTP contract. A rule of a family is at its
     * family's endpoint ({@code /industrial-finance/articles/{n}/evaluations}, {@code /sci-tech-culture/measures/{n}/…}).
     * The programmes' disbursement rules decide inside the approval workflow (ProgrammePaymentsIT) and have no
     * calculator: their cases are decided in process here.
     */
    @TestFactory
    Stream<DynamicNode> policyCasesOverHttp() {
        Set<String> workflowOnly = Set.of("sci-tech-culture-disbursement", "industrial-finance-disbursement",
                "youth-job-expansion-disbursement");
        PolicyCases.Decider inProcess = PolicyCases.inProcess(Shipped.RULES);
        Map<String, String> endpoints = Map.of(
                "kindergarten-per-child-settlement", "/kindergarten/per-child-settlements",
                "kindergarten-rent", "/kindergarten/rent-evaluations",
                "notice-period", "/notice-period-evaluations",
                "industrial-finance-article-08", "/industrial-finance/licensed-institution-evaluations",
                "youth-job-expansion", "/youth-employment/job-expansion-evaluations");
        return PolicyCases.run((rule, input, decisionDate) -> {
            if (workflowOnly.contains(rule)) {
                return inProcess.decide(rule, input, decisionDate);
            }
            String endpoint = endpoints.containsKey(rule) ? endpoints.get(rule) : familyEndpoint(rule);
            String path = API + endpoint + (decisionDate == null ? "" : "?decisionDate=" + decisionDate);
            var result = web.post().uri(path).header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Json.MAPPER.writeValueAsString(input)).exchange()
                    .expectBody(JsonNode.class).returnResult();
            int status = result.getStatus().value();
            if (status == 400 || status == 422) {
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                throw new PolicyCases.Refused(errorFields(result.getResponseBody()), "HTTP " + status,
                        String.valueOf(result.getResponseBody()));
            }
            assertThat(status).as("%s %s", path, result.getResponseBody()).isEqualTo(200);
            return result.getResponseBody();
        }, Shipped.RULES);
    }

    private static String familyEndpoint(String rule) {
        var family = java.util.regex.Pattern.compile("(industrial-finance)-article-(\\d+)|(sci-tech-culture)-measure-(\\d+)")
                .matcher(rule);
        assertThat(family.matches()).as("endpoint of rule %s", rule).isTrue();
        return family.group(1) != null
                ? "/industrial-finance/articles/" + Integer.parseInt(family.group(2)) + "/evaluations"
                : "/sci-tech-culture/measures/" + Integer.parseInt(family.group(4)) + "/evaluations";
    }

    /** Each family lists exactly its declared rules, with their document, article and parameter files. */
    @Test
    void theFamiliesListTheirDeclaredRules() {
        for (String family : List.of("industrial-finance/articles", "sci-tech-culture/measures")) {
            String idPrefix = family.startsWith("industrial") ? "industrial-finance-article-" : "sci-tech-culture-measure-";
            List<RuleDescriptor> declared = Shipped.RULES.descriptors().stream()
                    .filter(d -> d.id().startsWith(idPrefix)).toList();
            JsonNode listed = web.get().uri(API + "/" + family).header("Authorization", TOKEN).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(listed).hasSize(declared.size());
            for (JsonNode member : listed) {
                RuleDescriptor rule = Shipped.RULES.descriptor(member.path("id").asString());
                assertThat(rule.id()).isEqualTo(String.format("%s%02d", idPrefix, member.path("number").asInt()));
                assertThat(member.path("document").asString()).isEqualTo(rule.document());
                assertThat(member.path("article").asString()).isEqualTo(rule.article());
                assertThat(member.path("parameters")).hasSize(rule.parameters().size());
            }
        }
        web.get().uri(API + "/industrial-finance/articles").exchange().expectStatus().isUnauthorized();
    }

    // ---------------------------------------------------------------- 31号, one calculator per measure

    record Case(String name, String path, String body, Object[] expected) {
    }

    private static Case c(String name, String path, String body, Object... expected) {
        return new Case(name, path, q(body), expected);
    }

    private static final String M = "/sci-tech-culture/measures/";
    private static final String INTERNATIONAL_EVENT = "{'name': 'league', 'countries': 2, 'domesticRegions': 1, "
            + "'totalPrize': 10000000, 'leagueOrCup': true}";
    private static final String NATIONAL_EVENT = "{'name': 'cup', 'countries': 1, 'domesticRegions': 2, "
            + "'totalPrize': 3000000, 'leagueOrCup': true}";

    @TestFactory
    Stream<DynamicTest> everyMeasureOf31HasItsThresholdsAndCaps() {
        List<Case> cases = List.of(
                c("措施1 1:1 below the cap", M + "1/evaluations",
                        "{'nrtaPlanProject': true, 'projectFunding': 4999999.99, 'selfRaisedFunds': 20000000}",
                        "/measure", 1, "/eligible", true, "/amount", "4999999.99", "/amountTenThousandYuan", "500.00"),
                c("措施1 cap hit exactly", M + "1/evaluations",
                        "{'nrtaPlanProject': true, 'projectFunding': 5000000, 'selfRaisedFunds': 20000000}",
                        "/amount", "5000000.00", "/parts/0/capApplied", false),
                c("措施1 cap exceeded", M + "1/evaluations",
                        "{'nrtaPlanProject': true, 'projectFunding': 5000000.01, 'selfRaisedFunds': 20000000}",
                        "/amount", "5000000.00", "/parts/0/capApplied", true),
                c("措施1 all levels together at most the self-raised funds", M + "1/evaluations",
                        "{'nrtaPlanProject': true, 'projectFunding': 3000000, 'selfRaisedFunds': 2000000, "
                                + "'nationalAndMunicipalSupport': 500000}",
                        "/amount", "1500000.00", "/parts/0/clause", "MATCHING_LIMITED_BY_SELF_RAISED_FUNDS"),
                c("措施1 not an NRTA plan project", M + "1/evaluations",
                        "{'nrtaPlanProject': false, 'projectFunding': 100, 'selfRaisedFunds': 100}",
                        "/eligible", false, "/failures/0/code", "NOT_NRTA_PLAN_PROJECT",
                        "/failures/0/article", "二、支持政策 1"),
                c("措施2 R&D at 500万 and 5% of revenue", M + "2/evaluations",
                        "{'priorYearRnd': 5000000, 'priorYearMainRevenue': 100000000, 'reviewed': true}",
                        "/eligible", true, "/amount", "1000000.00"),
                c("措施2 R&D just below 500万", M + "2/evaluations",
                        "{'priorYearRnd': 4999999.99, 'priorYearMainRevenue': 100000000, 'reviewed': true}",
                        "/eligible", false, "/failures/0/code", "RND_BELOW_MINIMUM"),
                c("措施2 R&D share exactly 3%", M + "2/evaluations",
                        "{'priorYearRnd': 6000000, 'priorYearMainRevenue': 200000000, 'reviewed': true}",
                        "/eligible", true, "/amount", "1200000.00"),
                c("措施2 R&D share just below 3%", M + "2/evaluations",
                        "{'priorYearRnd': 6000000, 'priorYearMainRevenue': 200000001, 'reviewed': true}",
                        "/eligible", false, "/failures/0/code", "RND_SHARE_BELOW_MINIMUM"),
                c("措施2 cap 500万 hit exactly", M + "2/evaluations",
                        "{'priorYearRnd': 25000000, 'priorYearMainRevenue': 100000000, 'reviewed': true}",
                        "/amount", "5000000.00", "/parts/0/capApplied", false),
                c("措施2 cap 500万 exceeded", M + "2/evaluations",
                        "{'priorYearRnd': 25000000.01, 'priorYearMainRevenue': 100000000, 'reviewed': true}",
                        "/amount", "5000000.00", "/parts/0/capApplied", true),
                c("措施3 up to 100万, at the cap", M + "3/evaluations",
                        "{'selfDeveloped': true, 'publiclyReleased': true, 'goodMarketApplication': true, "
                                + "'reviewed': true, 'reviewedAmount': 1000000}",
                        "/amount", "1000000.00", "/parts/0/capApplied", false),
                c("措施3 above the cap", M + "3/evaluations",
                        "{'selfDeveloped': true, 'publiclyReleased': true, 'goodMarketApplication': true, "
                                + "'reviewed': true, 'reviewedAmount': 1000000.01}",
                        "/amount", "1000000.00", "/parts/0/capApplied", true),
                c("措施4 international standard", M + "4/evaluations",
                        "{'level': 'INTERNATIONAL', 'led': true, 'published': true, 'audiovisualOrGamingField': true}",
                        "/amount", "1000000.00"),
                c("措施4 group standard", M + "4/evaluations",
                        "{'level': 'GROUP', 'led': true, 'published': true, 'audiovisualOrGamingField': true}",
                        "/amount", "100000.00", "/amountTenThousandYuan", "10.00"),
                c("措施4 not the lead drafter", M + "4/evaluations",
                        "{'level': 'NATIONAL', 'led': false, 'published': true, 'audiovisualOrGamingField': true}",
                        "/eligible", false, "/failures/0/code", "NOT_LEAD_DRAFTER"),
                c("措施5 20% up to the cap exactly", M + "5/evaluations",
                        "{'awardLevel': 'NATIONAL', 'ultraHighDefinition': true, 'uhdPostProductionCost': 10000000}",
                        "/amount", "2000000.00", "/parts/0/capApplied", false),
                c("措施5 cap exceeded", M + "5/evaluations",
                        "{'awardLevel': 'MUNICIPAL', 'ultraHighDefinition': true, 'uhdPostProductionCost': 10000000.05}",
                        "/amount", "2000000.00", "/parts/0/capApplied", true),
                c("措施5 no award", M + "5/evaluations",
                        "{'awardLevel': 'NONE', 'ultraHighDefinition': true, 'uhdPostProductionCost': 100}",
                        "/eligible", false, "/failures/0/code", "NO_AWARD"),
                c("措施6 revenue exactly 5亿", M + "6/evaluations",
                        "{'approvedAndLaunched': true, 'original': true, 'reviewed': true, 'annualRevenue': 500000000, "
                                + "'selectedForMultiSportEvent': false, 'rndInvestment': 10000000}",
                        "/amount", "2000000.00", "/parts/0/clause", "TIER_1"),
                c("措施6 multi-sport event selection reaches the 1000万 tier", M + "6/evaluations",
                        "{'approvedAndLaunched': true, 'original': true, 'reviewed': true, 'annualRevenue': 0, "
                                + "'selectedForMultiSportEvent': true, 'rndInvestment': 60000000}",
                        "/amount", "10000000.00", "/parts/0/clause", "TIER_2", "/parts/0/capApplied", true),
                c("措施7 30% of compute fees", M + "7/evaluations",
                        "{'aiInContentProduction': true, 'reviewed': true, 'settledComputeFees': 66666660}",
                        "/amount", "19999998.00", "/parts/0/capApplied", false),
                c("措施7 cap 2000万 exceeded", M + "7/evaluations",
                        "{'aiInContentProduction': true, 'reviewed': true, 'settledComputeFees': 70000000}",
                        "/amount", "20000000.00", "/parts/0/capApplied", true),
                c("措施8 foreign revenue at 1亿 → 6%", M + "8/evaluations",
                        "{'foreignRevenue': 100000000, 'reviewed': true}", "/amount", "6000000.00",
                        "/parts/0/clause", "TIER_3"),
                c("措施9 investment exactly 1000万", M + "9/evaluations",
                        "{'investment': 10000000, 'selectedOnMerit': true}", "/amount", "1000000.00"),
                c("措施9 investment just below 1000万", M + "9/evaluations",
                        "{'investment': 9999999.99, 'selectedOnMerit': true}",
                        "/eligible", false, "/failures/0/code", "INVESTMENT_BELOW_MINIMUM"),
                c("措施9 cap 1000万 hit exactly", M + "9/evaluations",
                        "{'investment': 100000000, 'selectedOnMerit': true}",
                        "/amount", "10000000.00", "/parts/0/capApplied", false),
                c("措施9 cap exceeded", M + "9/evaluations",
                        "{'investment': 100000000.10, 'selectedOnMerit': true}",
                        "/amount", "10000000.00", "/parts/0/capApplied", true),
                c("措施10 first time above scale with growth", M + "10/evaluations",
                        "{'cultureSportsEntertainment': true, 'firstTimeAboveScale': true, 'positiveGrowth': true, "
                                + "'specialisedRecognition': false}", "/amount", "300000.00"),
                c("措施10 without growth", M + "10/evaluations",
                        "{'cultureSportsEntertainment': true, 'firstTimeAboveScale': true, 'positiveGrowth': false, "
                                + "'specialisedRecognition': false}",
                        "/eligible", false, "/failures/0/code", "NOT_FIRST_TIME_ABOVE_SCALE_WITH_GROWTH"),
                c("措施11 50% up to the cap exactly (international event at 1000万 prize)", M + "11/evaluations",
                        "{'eventsTakenPartIn': [" + INTERNATIONAL_EVENT + "], 'operatingCostsInYizhuang': 4000000}",
                        "/amount", "2000000.00", "/parts/0/capApplied", false),
                c("措施11 cap exceeded", M + "11/evaluations",
                        "{'eventsTakenPartIn': [" + NATIONAL_EVENT + "], 'operatingCostsInYizhuang': 4000000.02}",
                        "/amount", "2000000.00", "/parts/0/capApplied", true),
                c("措施11 event prize just below 300万 is no professional event", M + "11/evaluations",
                        "{'eventsTakenPartIn': [{'name': 'x', 'countries': 1, 'domesticRegions': 2, "
                                + "'totalPrize': 2999999.99, 'leagueOrCup': true}], 'operatingCostsInYizhuang': 100}",
                        "/eligible", false, "/failures/0/code", "NO_PROFESSIONAL_EVENT"),
                c("措施12 home court and third place internationally", M + "12/evaluations",
                        "{'homeCourtMovedIn': true, 'homeCourtAwardedBefore': false, 'results': [{'event': "
                                + INTERNATIONAL_EVENT + ", 'rank': 3}], 'internationalResultAwardsThisYear': 0, "
                                + "'nationalResultAwardsThisYear': 0}",
                        "/amount", "8000000.00", "/parts/0/clause", "HOME_COURT",
                        "/parts/1/clause", "INTERNATIONAL_RESULT"),
                c("措施12 fourth place earns nothing", M + "12/evaluations",
                        "{'results': [{'event': " + NATIONAL_EVENT + ", 'rank': 4}], 'internationalResultAwardsThisYear': 0, "
                                + "'nationalResultAwardsThisYear': 0}",
                        "/eligible", false, "/failures/0/code", "NO_HOME_COURT_OR_RESULT"),
                c("措施12 one national result award a year", M + "12/evaluations",
                        "{'results': [{'event': " + NATIONAL_EVENT + ", 'rank': 1}], 'internationalResultAwardsThisYear': 0, "
                                + "'nationalResultAwardsThisYear': 1}",
                        "/eligible", false),
                c("措施13 a service, no money", M + "13/evaluations", "{'movesIntoKeyPark': true}",
                        "/eligible", true, "/amount", 0, "/parts/0/kind", "SERVICE"),
                c("措施14 30% rounded to the cent at the cap", M + "14/evaluations",
                        "{'demonstrationLevel': 'MUNICIPAL', 'investment': 3333333.33}",
                        "/amount", "1000000.00", "/parts/0/capApplied", false),
                c("措施14 cap 100万 exceeded", M + "14/evaluations",
                        "{'demonstrationLevel': 'NATIONAL', 'investment': 4000000}",
                        "/amount", "1000000.00", "/parts/0/capApplied", true),
                c("措施15 not selected", M + "15/evaluations", "{'selectedOrRecommended': false}",
                        "/eligible", false, "/failures/0/code", "NOT_SELECTED"),
                c("措施16 national laboratory approved in the year of issue (附则9)", M + "16/evaluations",
                        "{'level': 'NATIONAL', 'sciTechCultureField': true, 'approvedOrIntroducedOn': '2024-01-01'}",
                        "/amount", "5000000.00"),
                c("措施16 approved the day before the window", M + "16/evaluations",
                        "{'level': 'MUNICIPAL', 'sciTechCultureField': true, 'approvedOrIntroducedOn': '2023-12-31'}",
                        "/eligible", false, "/failures/0/code", "NOT_NEWLY_APPROVED",
                        "/failures/0/article", "三、附则 9"),
                c("措施17 fixed assets at the cap and one year of rent", M + "17/evaluations",
                        "{'platformLevel': 'MUNICIPAL', 'fixedAssetInvestment': 100000000, 'officeArea': 1000, "
                                + "'rentDays': 365, 'rentSupportYear': 1}",
                        "/amount", "20547500.00", "/parts/0/capApplied", false, "/parts/1/amount", "547500.00"),
                c("措施17 rent cap 300万 a year exceeded", M + "17/evaluations",
                        "{'platformLevel': 'NATIONAL', 'officeArea': 6000, 'rentDays': 365, 'rentSupportYear': 3}",
                        "/amount", "3000000.00", "/parts/0/capApplied", true),
                c("措施17 rent beyond three years", M + "17/evaluations",
                        "{'platformLevel': 'NATIONAL', 'officeArea': 100, 'rentDays': 365, 'rentSupportYear': 4}",
                        "/eligible", false, "/failures/0/code", "RENT_SUPPORT_PERIOD_OVER"),
                c("措施18 international forum at the cap exactly", M + "18/evaluations",
                        "{'kind': 'FORUM', 'provincialOrMinisterialOrAbove': true, 'international': true, "
                                + "'venueRent': 1000000, 'build': 500000, 'equipmentRental': 500000}",
                        "/amount", "1000000.00", "/parts/0/capApplied", false),
                c("措施18 domestic forum above its cap", M + "18/evaluations",
                        "{'kind': 'FORUM', 'provincialOrMinisterialOrAbove': true, 'international': false, "
                                + "'venueRent': 1000000, 'build': 500000, 'equipmentRental': 500000}",
                        "/amount", "500000.00", "/parts/0/capApplied", true),
                c("措施18 national esports event 30%", M + "18/evaluations",
                        "{'kind': 'ESPORTS', 'event': " + NATIONAL_EVENT + ", 'prize': 3000000, 'venueRent': 1000000}",
                        "/amount", "1200000.00", "/parts/0/clause", "ESPORTS_NATIONAL"),
                c("措施18 national esports event above 200万", M + "18/evaluations",
                        "{'kind': 'ESPORTS', 'event': " + NATIONAL_EVENT + ", 'prize': 6000000, 'venueRent': 1000000}",
                        "/amount", "2000000.00", "/parts/0/capApplied", true));
        return dynamic(cases, K31);
    }

    // ---------------------------------------------------------------- 33号, one calculator per article

    private static final String A = "/industrial-finance/articles/";

    @TestFactory
    Stream<DynamicTest> everyArticleOf33HasItsThresholdsAndCaps() {
        List<Case> cases = List.of(
                c("第二条 premiums of exactly 10万 are not above the threshold", A + "2/evaluations",
                        "{'recognitions': ['NATIONAL_HIGH_TECH_ENTERPRISE'], 'annualPremiums': 100000}",
                        "/eligible", false, "/failures/0/code", "PREMIUMS_NOT_ABOVE_THRESHOLD",
                        "/failures/0/article", "第二条"),
                c("第二条 little giant 60%, cap 50万 exceeded", A + "2/evaluations",
                        "{'recognitions': ['NATIONAL_LITTLE_GIANT'], 'annualPremiums': 1000000}",
                        "/amount", "500000.00", "/capApplied", true),
                c("第三条 contracts exactly 1亿", A + "3/evaluations",
                        "{'companyType': 'FINANCIAL_LEASING', 'contractAmount': 100000000, 'financingProvided': 1000000000}",
                        "/eligible", true, "/amount", "1000000.00", "/amountTenThousandYuan", "100.00"),
                c("第三条 contracts just below 1亿", A + "3/evaluations",
                        "{'companyType': 'COMMERCIAL_FACTORING', 'contractAmount': 99999999.99, 'financingProvided': 1000000000}",
                        "/eligible", false, "/failures/0/code", "CONTRACTS_BELOW_MINIMUM"),
                c("第三条 cap 500万 hit exactly", A + "3/evaluations",
                        "{'companyType': 'FINANCIAL_LEASING', 'contractAmount': 100000000, 'financingProvided': 5000000000}",
                        "/amount", "5000000.00", "/capApplied", false),
                c("第三条 cap exceeded", A + "3/evaluations",
                        "{'companyType': 'FINANCIAL_LEASING', 'contractAmount': 100000000, 'financingProvided': 5000000100}",
                        "/amount", "5000000.00", "/capApplied", true),
                c("第四条 50% of interest, cap 25万 exactly", A + "4/evaluations",
                        "{'smallOrMicro': true, 'category': 'GENERAL', 'interestPaid': 500000}",
                        "/amount", "250000.00", "/capApplied", false, "/clause", "INTEREST_GENERAL"),
                c("第四条 municipal specialised cap 40万", A + "4/evaluations",
                        "{'smallOrMicro': true, 'category': 'MUNICIPAL_SPECIALISED', 'interestPaid': 1000000}",
                        "/amount", "400000.00", "/capApplied", true),
                c("第四条 the higher of interest subsidy and first-loan match (就高不重复)", A + "4/evaluations",
                        "{'smallOrMicro': true, 'interestPaid': 100000, 'municipalFirstLoanSupport': 300000}",
                        "/amount", "200000.00", "/clause", "FIRST_LOAN_MATCH", "/capApplied", true),
                c("第八条 capital increase exactly 1亿", A + "8/evaluations",
                        "{'clause': 'CAPITAL_INCREASE', 'increase': 100000000}",
                        "/amount", "1000000.00", "/clause", "CAPITAL_INCREASE"),
                c("第八条 capital increase just below 1亿", A + "8/evaluations",
                        "{'clause': 'CAPITAL_INCREASE', 'increase': 99999999.99}",
                        "/eligible", false, "/failures/0/code", "INCREASE_BELOW_MINIMUM"),
                c("第八条 capital increase cap 2000万 exactly", A + "8/evaluations",
                        "{'clause': 'CAPITAL_INCREASE', 'increase': 2000000000}",
                        "/amountTenThousandYuan", "2000.00", "/capApplied", false),
                c("第八条 capital increase cap exceeded", A + "8/evaluations",
                        "{'clause': 'CAPITAL_INCREASE', 'increase': 2100000000}",
                        "/amountTenThousandYuan", "2000.00", "/capApplied", true),
                c("第八条 establishment not approved by the national regulator", A + "8/evaluations",
                        "{'approvedByNationalRegulator': false, 'paidInCapital': 100000000}",
                        "/eligible", false, "/failures/0/code", "NOT_APPROVED_BY_NATIONAL_REGULATOR"),
                c("第九条 new first-level branch", A + "9/evaluations",
                        "{'kind': 'INSURANCE_FIRST_LEVEL_BRANCH', 'newlyEstablished': true}", "/amount", "4000000.00"),
                c("第九条 upgraded second-level bank branch", A + "9/evaluations",
                        "{'kind': 'BANK_SECOND_LEVEL_BRANCH_UPGRADED', 'newlyEstablished': true}",
                        "/amount", "2000000.00"),
                c("第九条 an existing branch", A + "9/evaluations",
                        "{'kind': 'BANK_FIRST_LEVEL_BRANCH', 'newlyEstablished': false}",
                        "/eligible", false, "/failures/0/code", "NOT_NEW_QUALIFYING_BRANCH"),
                c("第十条 paid-in exactly 5亿", A + "10/evaluations",
                        "{'type': 'FINANCING_GUARANTEE', 'approvedByMunicipalRegulator': true, 'paidInCapital': 500000000}",
                        "/amount", "2500000.00", "/eligible", true),
                c("第十条 paid-in just below 5亿", A + "10/evaluations",
                        "{'type': 'FINANCIAL_LEASING', 'approvedByMunicipalRegulator': true, 'paidInCapital': 499999999.99}",
                        "/eligible", false, "/failures/0/code", "PAID_IN_CAPITAL_BELOW_MINIMUM"),
                c("第十条 cap 2500万 exactly at 50亿", A + "10/evaluations",
                        "{'type': 'COMMERCIAL_FACTORING', 'approvedByMunicipalRegulator': true, 'paidInCapital': 5000000000}",
                        "/amountTenThousandYuan", "2500.00", "/capApplied", false),
                c("第十条 cap exceeded", A + "10/evaluations",
                        "{'type': 'COMMERCIAL_FACTORING', 'approvedByMunicipalRegulator': true, 'paidInCapital': 5000000200}",
                        "/amountTenThousandYuan", "2500.00", "/capApplied", true),
                c("第十条 increase cap 500万 exactly", A + "10/evaluations",
                        "{'clause': 'CAPITAL_INCREASE', 'increase': 1000000000}",
                        "/amount", "5000000.00", "/capApplied", false),
                c("第十一条 manager paid-in exactly 1000万 → 2%", A + "11/evaluations",
                        "{'managerPaidInCapital': 10000000, 'managedFundsPaidIn': 100000000, 'strongRealEconomyEffect': true}",
                        "/amount", "200000.00", "/clause", "MANAGER_BRACKET_1"),
                c("第十一条 manager paid-in just below 1000万", A + "11/evaluations",
                        "{'managerPaidInCapital': 9999999.99, 'managedFundsPaidIn': 100000000, 'strongRealEconomyEffect': true}",
                        "/eligible", false, "/failures/0/code", "MANAGER_CAPITAL_BELOW_MINIMUM"),
                c("第十一条 managed funds just below 1亿", A + "11/evaluations",
                        "{'managerPaidInCapital': 10000000, 'managedFundsPaidIn': 99999999.99, 'strongRealEconomyEffect': true}",
                        "/eligible", false, "/failures/0/code", "FUNDS_BELOW_MINIMUM"),
                c("第十一条 exactly 5000万 → 3%", A + "11/evaluations",
                        "{'managerPaidInCapital': 50000000, 'managedFundsPaidIn': 100000000, 'strongRealEconomyEffect': true}",
                        "/amount", "1500000.00", "/clause", "MANAGER_BRACKET_2"),
                c("第十一条 4% cap 500万 exactly", A + "11/evaluations",
                        "{'managerPaidInCapital': 125000000, 'managedFundsPaidIn': 100000000, 'strongRealEconomyEffect': true}",
                        "/amount", "5000000.00", "/capApplied", false, "/clause", "MANAGER_BRACKET_3"),
                c("第十一条 government capital excluded first", A + "11/evaluations",
                        "{'managerPaidInCapital': 100000000, 'governmentContribution': 60000000, "
                                + "'managedFundsPaidIn': 100000000, 'strongRealEconomyEffect': true}",
                        "/amount", "800000.00", "/clause", "MANAGER_BRACKET_1"),
                c("第十一条 increase cap 100万 exceeded", A + "11/evaluations",
                        "{'clause': 'CAPITAL_INCREASE', 'increase': 2000000000}",
                        "/amount", "1000000.00", "/capApplied", true),
                c("第十二条 new QFLP qualification", A + "12/evaluations",
                        "{'clause': 'NEW_QUALIFICATION', 'newlyQualified': true}", "/amount", "1000000.00"),
                c("第十二条 fund exactly US$2000万", A + "12/evaluations",
                        "{'clause': 'FUND', 'filedWithAmac': true, 'operatesInYizhuang': true, 'paidInUsd': 20000000}",
                        "/amount", "500000.00", "/clause", "FUND_TIER_1"),
                c("第十二条 fund just below US$2000万", A + "12/evaluations",
                        "{'clause': 'FUND', 'filedWithAmac': true, 'operatesInYizhuang': true, 'paidInUsd': 19999999.99}",
                        "/eligible", false, "/failures/0/code", "FUND_BELOW_MINIMUM"),
                c("第十二条 fund exactly US$1亿", A + "12/evaluations",
                        "{'clause': 'FUND', 'filedWithAmac': true, 'operatesInYizhuang': true, 'paidInUsd': 100000000}",
                        "/amount", "1000000.00", "/clause", "FUND_TIER_3"),
                c("第十三条 banking revenue exactly 5亿", A + "13/evaluations",
                        "{'sector': 'BANKING', 'landingYear': true, 'measure': 500000000, 'previousYearMeasure': 400000000, "
                                + "'revenue': 500000000}",
                        "/amount", "2500000.00", "/clause", "BANKING_66"),
                c("第十三条 banking revenue just below 5亿", A + "13/evaluations",
                        "{'sector': 'BANKING', 'landingYear': true, 'measure': 499999999.99, 'previousYearMeasure': 1, "
                                + "'revenue': 499999999.99}",
                        "/eligible", false, "/failures/0/code", "SCALE_BELOW_MINIMUM"),
                c("第十三条 banking cap 1000万 exactly", A + "13/evaluations",
                        "{'sector': 'BANKING', 'landingYear': true, 'measure': 2000000000, 'previousYearMeasure': 1, "
                                + "'revenue': 2000000000}",
                        "/amount", "10000000.00", "/capApplied", false),
                c("第十三条 securities cap 500万 exceeded", A + "13/evaluations",
                        "{'sector': 'SECURITIES', 'landingYear': true, 'measure': 50000000000, 'previousYearMeasure': 1, "
                                + "'revenue': 600000000}",
                        "/amount", "5000000.00", "/capApplied", true),
                c("第十三条 insurance without positive growth", A + "13/evaluations",
                        "{'sector': 'INSURANCE', 'landingYear': true, 'measure': 20000000000, "
                                + "'previousYearMeasure': 20000000000, 'revenue': 600000000}",
                        "/eligible", false, "/failures/0/code", "NO_POSITIVE_GROWTH"),
                c("第十五条 held exactly two years", A + "15/evaluations",
                        "{'investments': [{'projectId': 'P1', 'transferredOn': '2023-06-30', 'amount': 10000000, "
                                + "'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true}]}",
                        "/amount", "200000.00", "/projects/0/eligible", true),
                c("第十五条 a day short of two years", A + "15/evaluations",
                        "{'investments': [{'projectId': 'P1', 'transferredOn': '2023-07-01', 'amount': 10000000, "
                                + "'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true}]}",
                        "/amount", 0, "/projects/0/failures/0/code", "HELD_LESS_THAN_MINIMUM"),
                c("第十五条 project cap 50万 and institution cap 200万", A + "15/evaluations",
                        "{'investments': ["
                                + "{'projectId': 'P1', 'transferredOn': '2023-01-01', 'amount': 25000000, 'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true},"
                                + "{'projectId': 'P2', 'transferredOn': '2023-01-02', 'amount': 30000000, 'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true},"
                                + "{'projectId': 'P3', 'transferredOn': '2023-01-03', 'amount': 30000000, 'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true},"
                                + "{'projectId': 'P4', 'transferredOn': '2023-01-04', 'amount': 30000000, 'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true},"
                                + "{'projectId': 'P5', 'transferredOn': '2023-01-05', 'amount': 30000000, 'firstInvestment': true, 'startUp': true, 'strongRealEconomyEffect': true}]}",
                        "/projects/0/amount", "500000.00", "/projects/0/capApplied", false,
                        "/projects/1/capApplied", true, "/projects/4/amount", 0,
                        "/amount", "2000000.00", "/institutionCapApplied", true),
                c("第十六条 M&A exactly 1亿", A + "16/evaluations",
                        "{'listedCompany': true, 'mergerInvestment': 100000000, 'bankMergerLoanContract': true, "
                                + "'interestPaid': 4000000}", "/amount", "1000000.00"),
                c("第十六条 M&A just below 1亿", A + "16/evaluations",
                        "{'listedCompany': true, 'mergerInvestment': 99999999.99, 'bankMergerLoanContract': true, "
                                + "'interestPaid': 4000000}",
                        "/eligible", false, "/failures/0/code", "MERGER_INVESTMENT_BELOW_MINIMUM"),
                c("第十六条 cap 300万 exactly", A + "16/evaluations",
                        "{'listedCompany': true, 'mergerInvestment': 100000000, 'bankMergerLoanContract': true, "
                                + "'interestPaid': 12000000}", "/amount", "3000000.00", "/capApplied", false),
                c("第十六条 cap exceeded", A + "16/evaluations",
                        "{'listedCompany': true, 'mergerInvestment': 100000000, 'bankMergerLoanContract': true, "
                                + "'interestPaid': 12000000.04}", "/amount", "3000000.00", "/capApplied", true));
        return dynamic(cases, K33);
    }

    private Stream<DynamicTest> dynamic(List<Case> cases, String document) {
        return cases.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            JsonNode body = ok(k.path() + ON, k.body());
            expect(body, k.expected());
            assertThat(citations(body.path("basis"))).as("cites %s", document)
                    .anySatisfy(citation -> assertThat(citation).startsWith(document));
        }));
    }

    // ---------------------------------------------------------------- 从优不重复, 就高不重复, 16号

    private static final String CLEAN = "{'registeredInYizhuang': true, 'operatesInYizhuang': true, "
            + "'onSeriousDishonestyList': false, 'inSciTechCultureIndustry': true}";

    @Test
    void anInstitutionQualifyingUnderArticles3And13And14GetsTheHighestOnly() {
        JsonNode outcome = ok("/industrial-finance/highest-only-evaluations" + ON, q("""
                {'standing': %s, 'eventDate': '2025-03-01', 'claims': {
                  'article03': {'companyType': 'FINANCIAL_LEASING', 'contractAmount': 200000000,
                                'financingProvided': 1000000000},
                  'article13': {'sector': 'BANKING', 'landingYear': true, 'measure': 600000000,
                                'previousYearMeasure': 500000000, 'revenue': 600000000},
                  'article14': {'statisticalCode': '6631', 'revenue': 600000000, 'previousYearRevenue': 500000000},
                  'article16': {'listedCompany': true, 'mergerInvestment': 100000000, 'bankMergerLoanContract': true,
                                'interestPaid': 400000}}}""".formatted(CLEAN)));
        // 第十三条 300万 beats 第十四条 200万 (cap exactly) and 第三条 100万; 第十六条 is outside the group
        expect(outcome, "/scope/inScope", true,
                "/granted/0/article", "第十三条", "/granted/0/amountTenThousandYuan", "300.00",
                "/granted/1/article", "第十六条", "/granted/1/amount", "100000.00",
                "/superseded/0/decision/article", "第十四条", "/superseded/0/decision/amountTenThousandYuan", "200.00",
                "/superseded/0/by/article", "第十三条", "/superseded/0/article", "第十四条",
                "/superseded/1/decision/article", "第三条", "/superseded/1/decision/amountTenThousandYuan", "100.00",
                "/superseded/1/by/article", "第十三条",
                "/amount", "3100000.00", "/amountTenThousandYuan", "310.00");
        assertThat(outcome.path("granted").size()).isEqualTo(2);
        assertThat(outcome.path("superseded").size()).isEqualTo(2);
        assertThat(citations(outcome.path("basis"))).contains(K33 + " 第十三条", K33 + " 第十四条", K33 + " 三、附则 2");

        // the same claims as one project (三、附则 4): everything competes, only 第十三条 is granted
        JsonNode sameProject = ok("/industrial-finance/highest-only-evaluations" + ON, q("""
                {'standing': %s, 'eventDate': '2025-03-01', 'sameProject': true, 'claims': {
                  'article03': {'companyType': 'FINANCIAL_LEASING', 'contractAmount': 200000000,
                                'financingProvided': 1000000000},
                  'article13': {'sector': 'BANKING', 'landingYear': true, 'measure': 600000000,
                                'previousYearMeasure': 500000000, 'revenue': 600000000},
                  'article16': {'listedCompany': true, 'mergerInvestment': 100000000, 'bankMergerLoanContract': true,
                                'interestPaid': 400000}}}""".formatted(CLEAN)));
        expect(sameProject, "/granted/0/article", "第十三条", "/superseded/1/article", "三、附则 4",
                "/amount", "3000000.00");
        assertThat(sameProject.path("granted").size()).isEqualTo(1);
    }

    @Test
    void outOfScopeInstitutionsGetNothingAndEveryFailureIsNamed() {
        JsonNode outcome = ok("/industrial-finance/highest-only-evaluations" + ON, q("""
                {'standing': {'registeredInYizhuang': false, 'operatesInYizhuang': true,
                              'majorAdministrativePenaltyDates': ['2023-07-01'], 'onSeriousDishonestyList': true},
                 'eventDate': '2023-12-31', 'claims': {
                  'article09': {'kind': 'BANK_FIRST_LEVEL_BRANCH', 'newlyEstablished': true}}}"""));
        expect(outcome, "/scope/inScope", false, "/amount", 0, "/notQualifying/0/article", "第九条");
        List<String> codes = new ArrayList<>();
        outcome.path("scope").path("failures").forEach(f -> codes.add(f.path("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder(
                "EVENT_OUTSIDE_POLICY_PERIOD", "NOT_REGISTERED_IN_YIZHUANG", "MAJOR_PENALTY_WITHIN_LOOKBACK",
                "ON_SERIOUS_DISHONESTY_LIST");
    }

    @Test
    void aProjectUnderSeveralMeasuresOf31GetsTheBestOne() {
        JsonNode outcome = ok("/sci-tech-culture/best-only-evaluations" + ON, q("""
                {'projectId': 'UHD-2025-01', 'standing': %s, 'eventDate': '2025-05-01', 'claims': {
                  'measure05': {'awardLevel': 'NATIONAL', 'ultraHighDefinition': true, 'uhdPostProductionCost': 12000000},
                  'measure14': {'demonstrationLevel': 'MUNICIPAL', 'investment': 3000000},
                  'measure13': {'movesIntoKeyPark': true},
                  'measure09': {'investment': 5000000, 'selectedOnMerit': true}}}""".formatted(CLEAN)));
        expect(outcome, "/projectId", "UHD-2025-01", "/granted/measure", 5, "/granted/amount", "2000000.00",
                "/superseded/0/decision/measure", 14, "/superseded/0/supersededByMeasure", 5,
                "/services/0/measure", 13, "/notQualifying/0/measure", 9);
        assertThat(citations(outcome.path("basis"))).contains(K31 + " 三、附则 12", K31 + " 二、支持政策 5");
    }

    @Test
    void youthHiresAreCountedPerPersonAtOneThousandYuan() {
        JsonNode decision = ok("/youth-employment/job-expansion-evaluations?decisionDate=2025-09-01", q("""
                {'employerIsEnterprise': true, 'hires': [
                  {'personId': 'p1', 'category': 'COLLEGE_GRADUATE', 'leftSchoolOn': '2025-06-30',
                   'hiredOn': '2025-07-01', 'labourContract': true, 'fullInsuranceMonths': 3},
                  {'personId': 'p2', 'category': 'REGISTERED_UNEMPLOYED_YOUTH', 'birthDate': '2000-07-02',
                   'registeredUnemployed': true, 'hiredOn': '2025-07-01', 'labourContract': true,
                   'fullInsuranceMonths': 3},
                  {'personId': 'p3', 'category': 'COLLEGE_GRADUATE', 'leftSchoolOn': '2025-06-30',
                   'hiredOn': '2025-07-01', 'labourContract': true, 'fullInsuranceMonths': 2}]}"""));
        // p2 turns 25 on 2025-07-02: still 24 on the hire day; p3 has two insured months, below three
        expect(decision, "/qualifyingHires", 2, "/total", "2000.00", "/hires/0/amount", "1000.00",
                "/hires/1/eligible", true, "/hires/2/eligible", false,
                "/hires/2/failures/0/code", "INSURANCE_MONTHS_BELOW_MINIMUM");
        assertThat(citations(decision.path("basis"))).containsExactly("京人社毕发〔2024〕16号 一、(一)");
    }

    // ---------------------------------------------------------------- bad input

    record Bad(String path, String body, int status, String field) {
    }

    @TestFactory
    Stream<DynamicTest> badInputIsAProblemNamingTheField() {
        List<Bad> bad = List.of(
                new Bad("/kindergarten/per-child-settlements", q("{'children': []}"), 422, "year"),
                new Bad("/kindergarten/per-child-settlements", q("{'year': 2025, 'children': [{'id': 'A', "
                        + "'birthDate': '2021-13-01', 'enteredOn': '2024-09-01'}]}"), 400, "children[0].birthDate"),
                new Bad("/kindergarten/per-child-settlements", q("{'year': 2025, 'children': [{'id': 'A', "
                        + "'birthDate': '2021-01-01', 'enteredOn': '2020-09-01'}]}"), 422, "children[0].enteredOn"),
                new Bad("/kindergarten/per-child-settlements", q("{'year': 2024, 'children': []}"), 422, "year"),
                new Bad("/kindergarten/per-child-settlements", q("{'year': 2025, 'children': [], 'extra': 1}"), 400,
                        "extra"),
                new Bad("/kindergarten/rent-evaluations", q("{'actualRentPerSquareMetrePerDay': 'five', "
                        + "'leasedArea': 1, 'children': 1, 'perChildAreaCap': 1, 'days': 1}"), 400,
                        "actualRentPerSquareMetrePerDay"),
                new Bad("/kindergarten/rent-evaluations", q("{'actualRentPerSquareMetrePerDay': 5, "
                        + "'leasedArea': 1, 'children': 1, 'perChildAreaCap': 1}"), 422, "days"),
                new Bad("/kindergarten/rent-evaluations?decisionDate=2024-01-01", q("{'actualRentPerSquareMetrePerDay': 5, "
                        + "'leasedArea': 1, 'children': 1, 'perChildAreaCap': 1, 'days': 1}"), 422, "decisionDate"),
                new Bad("/kindergarten/rent-evaluations?decisionDate=yesterday", q("{'actualRentPerSquareMetrePerDay': 5, "
                        + "'leasedArea': 1, 'children': 1, 'perChildAreaCap': 1, 'days': 1}"), 400, "decisionDate"),
                new Bad("/industrial-finance/licensed-institution-evaluations", q("{'paidInCapital': -1}"), 422,
                        "paidInCapital"),
                new Bad("/industrial-finance/licensed-institution-evaluations", q("{}"), 422, "paidInCapital"),
                new Bad("/notice-period-evaluations", q("{'workingDays': 5}"), 422, "publishedOn"),
                new Bad("/notice-period-evaluations", q("{'publishedOn': '2025-03-03', 'workingDays': 0}"), 422,
                        "workingDays"),
                new Bad("/kindergarten/document-checks", q("{'appliedFor': ['RENT', 'BONUS'], 'submitted': []}"), 400,
                        "appliedFor[1]"),
                new Bad("/kindergarten/eligibility-evaluations", q("{'recognisedInclusive': true, 'records': "
                        + "[{'type': 'SAFETY_ACCIDENT'}]}"), 422, "records[0].occurredOn"),
                new Bad(M + "1/evaluations", q("{'nrtaPlanProject': true, 'projectFunding': -5, 'selfRaisedFunds': 1}"),
                        422, "projectFunding"),
                new Bad(M + "4/evaluations", q("{'level': 'PLANETARY', 'led': true}"), 400, "level"),
                new Bad(M + "11/evaluations", q("{'eventsTakenPartIn': [], 'operatingCostsInYizhuang': 'lots'}"), 400,
                        "operatingCostsInYizhuang"),
                new Bad(M + "16/evaluations", q("{'level': 'NATIONAL', 'sciTechCultureField': true}"), 422,
                        "approvedOrIntroducedOn"),
                new Bad(M + "18/evaluations", q("{'venueRent': 1}"), 422, "kind"),
                new Bad(A + "3/evaluations", q("{'contractAmount': 1, 'financingProvided': 1}"), 422, "companyType"),
                new Bad(A + "8/evaluations", q("{'clause': 'CAPITAL_INCREASE'}"), 422, "increase"),
                new Bad(A + "11/evaluations", q("{'managerPaidInCapital': 100, 'governmentContribution': 200, "
                        + "'managedFundsPaidIn': 1}"), 422, "governmentContribution"),
                new Bad(A + "15/evaluations", q("{'investments': [{'projectId': 'P1', 'amount': 1}]}"), 422,
                        "investments[0].transferredOn"),
                new Bad("/industrial-finance/highest-only-evaluations", q("{'eventDate': '2025-01-01', 'claims': "
                        + "{'article09': {'kind': 'OTHER'}}}"), 422, "standing"),
                new Bad("/industrial-finance/highest-only-evaluations", q("{'standing': " + CLEAN + ", 'eventDate': "
                        + "'2025-01-01', 'claims': {'article16': {'listedCompany': true, 'mergerInvestment': -1, "
                        + "'interestPaid': 1}}}"), 422, "claims.article16.mergerInvestment"),
                new Bad("/sci-tech-culture/best-only-evaluations", q("{'projectId': 'x', 'standing': " + CLEAN
                        + ", 'eventDate': '2025-01-01', 'claims': {}}"), 422, "claims"),
                new Bad("/youth-employment/job-expansion-evaluations", q("{'employerIsEnterprise': true, 'hires': "
                        + "[{'personId': 'p', 'category': 'COLLEGE_GRADUATE', 'hiredOn': '2025-07-01', 'fullInsuranceMonths': 3}]}"), 422,
                        "hires[0].leftSchoolOn"),
                new Bad("/youth-employment/job-expansion-evaluations", q("{'employerIsEnterprise': true, 'hires': "
                        + "[{'personId': 'p', 'category': 'COLLEGE_GRADUATE', 'hiredOn': '2025-07-01'}]}"), 400,
                        "hires[0].fullInsuranceMonths"));
        List<Bad> all = new ArrayList<>(bad);
        all.add(new Bad("/kindergarten/lease-checks", q("{'signedWithOwner': true}"), 422, "leaseStart"));
        all.add(new Bad("/kindergarten/preschool-aid-evaluations", q("{'monthlyFeeStandard': -1, 'children': []}"), 422,
                "monthlyFeeStandard"));
        // every per-measure and per-article calculator refuses what it does not know, naming it
        for (int measure = 1; measure <= 18; measure++) {
            String body = switch (measure) {   // numbers without a default are read first
                case 12 -> "{'internationalResultAwardsThisYear': 0, 'nationalResultAwardsThisYear': 0, 'bogus': 1}";
                case 17 -> "{'rentDays': 0, 'rentSupportYear': 1, 'bogus': 1}";
                default -> "{'bogus': 1}";
            };
            all.add(new Bad(M + measure + "/evaluations", q(body), 400, "bogus"));
        }
        for (int article : List.of(2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16)) {
            all.add(new Bad(A + article + "/evaluations", q("{'bogus': 1}"), 400, "bogus"));
        }
        return all.stream().map(b -> DynamicTest.dynamicTest(b.path() + " → " + b.field(), () -> {
            long before = rows();
            JsonNode problem = problem(b.path(), b.body(), b.status());
            assertThat(errorFields(problem)).as("%s", problem).contains(b.field());
            assertThat(problem.path("type").asString()).startsWith("urn:municipal-platform:problem:");
            assertThat(rows()).isEqualTo(before);
        }));
    }

    @Test
    void calculatorsNeedAToken() {
        web.post().uri(API + "/notice-period-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"publishedOn\": \"2025-03-03\"}").exchange()
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode ok(String path, String body) {
        return web.post().uri(API + path).header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode problem(String path, String body, int status) {
        return web.post().uri(API + path).header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Calculators write nothing: not a row, not an event. */
    private long rows() {
        return count("select (select count(*) from outbox_event) + (select count(*) from kindergarten_application) "
                + "+ (select count(*) from programme_application) + (select count(*) from idempotency_key) as n");
    }

    /** The calculators' examples in the OpenAPI document are policy cases, and the service answers them so. */
    @Test
    void calculatorExamplesOfTheDocumentAreTheServicesAnswersToPolicyCases() {
        CalculatorExampleChecks.verify(web, "subsidy", TOKEN);
    }
}
