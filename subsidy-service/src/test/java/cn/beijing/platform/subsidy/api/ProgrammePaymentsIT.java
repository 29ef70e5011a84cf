package cn.beijing.platform.subsidy.api;

import static cn.beijing.platform.subsidy.api.Json.citations;
import static cn.beijing.platform.subsidy.api.Json.errorFields;
import static cn.beijing.platform.subsidy.api.Json.expect;
import static cn.beijing.platform.subsidy.api.Json.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.subsidy.config.NoticeClosingJob;
import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.SharedInfrastructure;
import cn.beijing.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Programme approvals (京技管发〔2024〕31号, 33号, 京人社毕发〔2024〕16号) to payment and recovery against the real
 * database and broker, with a clock the test moves: an approval checked against the applicant's earlier approvals of
 * the year (就高不重复 refused with its basis, a higher claim topped up; 从优不重复 for one project), the programme's
 * public notice with an objection holding one payment, the payments on
 * {@code subsidy.programme-payment-scheduled.v1}, 16号 paid without notice, the recovery on
 * {@code subsidy.programme-clawback-ordered.v1} — every event valid against its schema and without a person — and bad
 * input answered 4xx naming the field with nothing written.
 */
class ProgrammePaymentsIT extends WorkflowApiTest {

    private static final String OFFICER = TestTokens.bearer("officer-7", "YIZHUANG-FINANCE", "SUBSIDY_OFFICER");
    private static final String FUND = TestTokens.bearer("fund-clerk", "ORG-FUND-1", "APPLICANT");
    private static final String STUDIO = TestTokens.bearer("studio-clerk", "ORG-STUDIO-1", "APPLICANT");
    private static final String FACTORY = TestTokens.bearer("factory-clerk", "ORG-FACTORY-1", "APPLICANT");
    private static final String BANK = TestTokens.bearer("bank-clerk", "ORG-BANK-1", "APPLICANT");
    private static final String K33 = "京技管发〔2024〕33号";
    private static final String NOTICE_TOPIC = "subsidy.programme-notice-published.v1";
    private static final String PAYMENT_TOPIC = "subsidy.programme-payment-scheduled.v1";
    private static final String CLAWBACK_TOPIC = "subsidy.programme-clawback-ordered.v1";
    private static final String STANDING = "'standing': {'registeredInYizhuang': true, 'operatesInYizhuang': true, "
            + "'inSciTechCultureIndustry': true}";

    @Autowired
    NoticeClosingJob closingJob;

    @Test
    void highestOnlyAcrossApprovalsThenNoticeObjectionPaymentAndRecovery() {
        today("2025-09-15");
        // 第十二条 QFLP new qualification: 100万, approved
        String qflp = submitFinance("QFLP-2025", "'article12': {'clause': 'NEW_QUALIFICATION', 'newlyQualified': true}");
        JsonNode approved = body(send(HttpMethod.POST, "/programme-applications/" + qflp + "/decision", OFFICER,
                "{\"approve\": true}").expectStatus().isOk());
        expect(approved, "/status", "APPROVED", "/approvedAmount", "1000000.00", "/approvedAmountTenThousandYuan",
                "100.00", "/claims/0/approvalResult", "GRANTED");
        assertThat(approved.has("payment")).as("paid after its notice, not on approval").isFalse();

        // 第十一条 in the same year, lower (2% of 2500万 = 50万): refused with 第十二条 "就高不重复", nothing written
        String lower = submitFinance("FUND-MANAGER", "'article11': {'managerPaidInCapital': 25000000, "
                + "'managedFundsPaidIn': 200000000, 'strongRealEconomyEffect': true}");
        long before = writes();
        JsonNode refused = problem(send(HttpMethod.POST, "/programme-applications/" + lower + "/decision", OFFICER,
                "{\"approve\": true}"), 409);
        expect(refused, "/code", "HIGHEST_ONLY_ALREADY_GRANTED");
        assertThat(citations(refused.path("basis"))).containsExactly(K33 + " 第十二条");
        assertThat(writes()).isEqualTo(before);
        expect(get("/programme-applications/" + lower, FUND), "/status", "SUBMITTED");
        // another year is another group: 2024's event is not measured against 2025's approval
        String lastYear = submitFinance("FUND-MANAGER-2024", "'article11': {'managerPaidInCapital': 25000000, "
                + "'managedFundsPaidIn': 200000000, 'strongRealEconomyEffect': true}", "2024-06-01");
        expect(body(send(HttpMethod.POST, "/programme-applications/" + lastYear + "/decision", OFFICER,
                "{\"approve\": true}").expectStatus().isOk()), "/claims/0/approvalResult", "GRANTED",
                "/approvedAmount", "500000.00");

        // 第十一条 higher (4% of 1亿 = 400万): only the difference above the group's 100万 is paid
        String higher = submitFinance("FUND-MANAGER-2", "'article11': {'managerPaidInCapital': 100000000, "
                + "'managedFundsPaidIn': 200000000, 'strongRealEconomyEffect': true}");
        JsonNode topped = body(send(HttpMethod.POST, "/programme-applications/" + higher + "/decision", OFFICER,
                "{\"approve\": true}").expectStatus().isOk());
        expect(topped, "/amount", "4000000.00", "/approvedAmount", "3000000.00", "/claims/0/approvalResult",
                "TOPPED_UP", "/claims/0/approvedAmount", "3000000.00", "/claims/0/earlierApplicationId", qflp,
                "/claims/0/earlierArticle", "第十二条");
        assertThat(citations(topped.path("approvalBasis"))).contains(K33 + " 第十二条", K33 + " 三、附则 4");

        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), NOTICE_TOPIC,
                PAYMENT_TOPIC, CLAWBACK_TOPIC)) {
            // [platform rule] published for 5 working days, counted by the notice-period rule of 30号 第十四条 from the
            // day after publication (民法典 第二百零一条): Friday 9-26 is not counted, Sunday 9-28 (worked) is day 1,
            // 10-1 to 10-8 are off, day 5 is Friday 10-10 and payment may follow from Saturday 10-11 (worked)
            today("2025-09-26");
            JsonNode counted = body(send(HttpMethod.POST, "/notice-period-evaluations", OFFICER,
                    "{\"publishedOn\": \"2025-09-26\", \"workingDays\": 5}").expectStatus().isOk());
            JsonNode notice = body(send(HttpMethod.POST, "/programme-notices", OFFICER,
                    "{\"applicationIds\": [\"" + qflp + "\", \"" + higher + "\"]}").expectStatus().isCreated());
            String noticeId = notice.path("id").asString();
            String lastDay = counted.path("lastDay").asString();
            String earliest = counted.path("earliestPaymentDay").asString();
            assertThat(lastDay).isEqualTo("2025-10-10");
            assertThat(earliest).isEqualTo("2025-10-11");
            expect(notice, "/programme", "INDUSTRIAL_FINANCE", "/workingDays", 5, "/counting", "FROM_NEXT_DAY",
                    "/lastDay", lastDay, "/earliestPaymentDay", earliest, "/entries/0/applicationStatus", "IN_NOTICE");
            assertThat(citations(notice.path("basis"))).startsWith(K33 + " 三、附则 4")
                    .contains("京技管发〔2024〕30号 第十四条", "中华人民共和国民法典 第二百零一条");
            expect(notice, "/basis/0/parameters", "industrial-finance-disbursement@2024-12-24");
            ConsumerRecord<String, byte[]> published = one(probe, NOTICE_TOPIC, noticeId);
            assertThat(EventSchemas.violations(NOTICE_TOPIC, published.value())).isEmpty();
            assertThat(text(published)).contains("\"programme\":\"INDUSTRIAL_FINANCE\"", "\"applicantId\":\"ORG-FUND-1\"")
                    .doesNotContain("kindergartenId");

            // an objection against the topped-up approval during the window holds its payment only
            JsonNode objection = body(send(HttpMethod.POST, "/programme-notices/" + noticeId + "/objections", OFFICER,
                    "{\"applicationId\": \"" + higher + "\", \"summary\": \"基金实缴规模存疑\"}").expectStatus().isCreated());
            expect(problem(send(HttpMethod.POST, "/programme-notices/" + noticeId + "/close", OFFICER, null), 409),
                    "/code", "NOTICE_PERIOD_RUNNING");
            today(lastDay);
            expect(problem(send(HttpMethod.POST, "/programme-notices/" + noticeId + "/close", OFFICER, null), 409),
                    "/code", "NOTICE_PERIOD_RUNNING");
            today(earliest);
            JsonNode closed = body(send(HttpMethod.POST, "/programme-notices/" + noticeId + "/close", OFFICER, null)
                    .expectStatus().isOk());
            expect(closed, "/status", "CLOSED");
            JsonNode paid = get("/programme-applications/" + qflp, FUND);
            expect(paid, "/status", "PAYMENT_SCHEDULED", "/payment/scheduledOn", earliest, "/payment/amount",
                    "1000000.00", "/payment/noticeId", noticeId, "/payment/lines/0/kind", "INDUSTRIAL_FINANCE",
                    "/payment/lines/0/article", K33 + " 第十二条", "/payment/lines/0/periodStart", "2025-01-01");
            expect(get("/programme-applications/" + higher, FUND), "/status", "PAYMENT_HELD");
            ConsumerRecord<String, byte[]> payment = one(probe, PAYMENT_TOPIC, qflp);
            assertThat(EventSchemas.violations(PAYMENT_TOPIC, payment.value())).isEmpty();
            JsonNode paymentEvent = Json.read(text(payment));
            expect(paymentEvent, "/programme", "INDUSTRIAL_FINANCE", "/applicantId", "ORG-FUND-1", "/noticeId",
                    noticeId, "/scheduledOn", earliest, "/amount", "1000000.00");
            assertThat(paymentEvent.has("kindergartenId")).isFalse();

            // dismissed three working days later: paid the first working day after the dismissal
            LocalDate dismissedOn = LocalDate.parse(earliest).plusDays(3);
            today(dismissedOn.toString());
            send(HttpMethod.POST, "/programme-notices/" + noticeId + "/objections/"
                    + objection.path("id").asString() + "/resolution", OFFICER, "{\"outcome\": \"DISMISSED\"}")
                    .expectStatus().isOk();
            JsonNode counted2 = body(send(HttpMethod.POST, "/notice-period-evaluations", OFFICER,
                    "{\"publishedOn\": \"" + dismissedOn + "\", \"workingDays\": 5}").expectStatus().isOk());
            JsonNode heldThenPaid = get("/programme-applications/" + higher, FUND);
            expect(heldThenPaid, "/status", "PAYMENT_SCHEDULED", "/payment/amount", "3000000.00");
            assertThat(LocalDate.parse(heldThenPaid.path("payment").path("scheduledOn").asString()))
                    .isAfter(dismissedOn);
            assertThat(counted2.path("lastDay").asString()).isNotEmpty();
            assertThat(EventSchemas.violations(PAYMENT_TOPIC, one(probe, PAYMENT_TOPIC, higher).value())).isEmpty();

            // recovery: the QFLP approval was a false declaration; its payment was made → to be returned
            today(LocalDate.parse(earliest).plusDays(10).toString());
            JsonNode recovered = body(send(HttpMethod.POST, "/programme-applications/" + qflp + "/clawback", OFFICER,
                    "{\"ground\": \"FALSE_DECLARATION\", \"statement\": \"资格文件伪造\"}").expectStatus().isCreated());
            expect(recovered, "/status", "CLAWED_BACK", "/clawback/ground", "FALSE_DECLARATION", "/clawback/amount",
                    "1000000.00", "/clawback/cancelled", "0.00", "/payment/status", "RECOVERED");
            assertThat(citations(recovered.path("clawback").path("basis"))).containsExactly(K33 + " 三、附则 2");
            ConsumerRecord<String, byte[]> clawback = one(probe, CLAWBACK_TOPIC, qflp);
            assertThat(EventSchemas.violations(CLAWBACK_TOPIC, clawback.value())).isEmpty();
            assertThat(text(clawback)).contains("\"ground\":\"FALSE_DECLARATION\"", "\"paid\":true")
                    .doesNotContain("资格文件伪造");
            expect(problem(send(HttpMethod.POST, "/programme-applications/" + qflp + "/clawback", OFFICER,
                    "{\"ground\": \"DUPLICATE_SUPPORT\"}"), 409), "/code", "NOTHING_PAID_OR_SCHEDULED");
        }
    }

    @Test
    void theSameProjectOnceAYearUnder31AndYouthHiresPaidWithoutNoticeOnce() {
        today("2025-06-30");
        String uhd = submitCulture("UHD-PROJECT", "'measure05': {'awardLevel': 'NATIONAL', 'ultraHighDefinition': true, "
                + "'uhdPostProductionCost': 12000000}");
        send(HttpMethod.POST, "/programme-applications/" + uhd + "/decision", OFFICER, "{\"approve\": true}")
                .expectStatus().isOk();
        String demo = submitCulture("UHD-PROJECT", "'measure14': {'demonstrationLevel': 'MUNICIPAL', 'investment': 3000000}");
        JsonNode refused = problem(send(HttpMethod.POST, "/programme-applications/" + demo + "/decision", OFFICER,
                "{\"approve\": true}"), 409);
        expect(refused, "/code", "BEST_ONLY_ALREADY_GRANTED");
        assertThat(citations(refused.path("basis"))).containsExactly("京技管发〔2024〕31号 三、附则 12");
        // a 31号 approval cannot be published on a 33号 notice... nor a 16号 one on any notice
        String youth = body(send(HttpMethod.POST, "/programme-applications", FACTORY, q("""
                {'programme': 'YOUTH_EMPLOYMENT', 'projectId': 'HIRES-2025',
                 'youthEmployment': {'employerIsEnterprise': true, 'hires': [
                  {'personId': 'p-before', 'category': 'COLLEGE_GRADUATE', 'leftSchoolOn': '2024-06-30',
                   'unemployedSinceLeavingSchool': true, 'hiredOn': '2024-12-01', 'labourContract': true,
                   'fullInsuranceMonths': 3},
                  {'personId': 'p-one', 'category': 'COLLEGE_GRADUATE', 'leftSchoolOn': '2025-06-20',
                   'hiredOn': '2025-03-01', 'labourContract': true, 'fullInsuranceMonths': 3}]}}"""))
                .expectStatus().isCreated()).path("id").asString();
        JsonNode submitted = get("/programme-applications/" + youth, FACTORY);
        expect(submitted, "/amount", "1000.00", "/claims/0/result", "PREDECESSOR_POLICY", "/claims/1/result", "GRANTED");

        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), PAYMENT_TOPIC,
                CLAWBACK_TOPIC)) {
            // 16号: no notice, payment on the first working day after the approval (Monday 06-30 → Tuesday 07-01)
            JsonNode approved = body(send(HttpMethod.POST, "/programme-applications/" + youth + "/decision", OFFICER,
                    "{\"approve\": true}").expectStatus().isOk());
            expect(approved, "/status", "PAYMENT_SCHEDULED", "/payment/scheduledOn", "2025-07-01", "/payment/amount",
                    "1000.00", "/payment/lines/0/kind", "YOUTH_EMPLOYMENT", "/payment/lines/0/periodStart",
                    "2025-03-01");
            assertThat(approved.path("payment").has("noticeId")).isFalse();
            ConsumerRecord<String, byte[]> payment = one(probe, PAYMENT_TOPIC, youth);
            assertThat(EventSchemas.violations(PAYMENT_TOPIC, payment.value())).isEmpty();
            assertThat(text(payment)).contains("\"programme\":\"YOUTH_EMPLOYMENT\"")
                    .doesNotContain("p-one", "p-before", "noticeId");
            expect(problem(send(HttpMethod.POST, "/programme-notices", OFFICER, "{\"applicationIds\": [\"" + youth
                    + "\"]}"), 409), "/code", "NO_NOTICE_FOR_PROGRAMME");

            // the same hire in a second application is not paid again (一次性)
            String again = body(send(HttpMethod.POST, "/programme-applications", FACTORY, q("""
                    {'programme': 'YOUTH_EMPLOYMENT', 'projectId': 'HIRES-2025-B',
                     'youthEmployment': {'employerIsEnterprise': true, 'hires': [
                      {'personId': 'p-one', 'category': 'COLLEGE_GRADUATE', 'leftSchoolOn': '2025-06-20',
                       'hiredOn': '2025-03-01', 'labourContract': true, 'fullInsuranceMonths': 3}]}}"""))
                    .expectStatus().isCreated()).path("id").asString();
            JsonNode once = problem(send(HttpMethod.POST, "/programme-applications/" + again + "/decision", OFFICER,
                    "{\"approve\": true}"), 409);
            expect(once, "/code", "HIRE_ALREADY_SUBSIDISED");
            assertThat(citations(once.path("basis"))).containsExactly("京人社毕发〔2024〕16号 一、(一)");
            assertThat(once.toString()).doesNotContain("p-one");

            // recovered the day it was approved: the payment was not made yet, so it is cancelled
            JsonNode cancelled = body(send(HttpMethod.POST, "/programme-applications/" + youth + "/clawback", OFFICER,
                    "{\"ground\": \"DUPLICATE_SUPPORT\"}").expectStatus().isCreated());
            expect(cancelled, "/status", "CLAWED_BACK", "/clawback/amount", "0.00", "/clawback/cancelled", "1000.00",
                    "/payment/status", "CANCELLED");
            ConsumerRecord<String, byte[]> clawback = one(probe, CLAWBACK_TOPIC, youth);
            assertThat(EventSchemas.violations(CLAWBACK_TOPIC, clawback.value())).isEmpty();
            assertThat(text(clawback)).contains("\"paid\":false", "\"cancelled\":1000.00");
        }
    }

    /** Two approvals of one applicant in the same group at once: together they never pay more than the highest. */
    @Test
    void concurrentApprovalsOfOneApplicantNeverPayAGroupTwice() throws Exception {
        today("2025-09-15");
        String token = TestTokens.bearer("fund2-clerk", "ORG-FUND-2", "APPLICANT");
        String qflp = submitFinance("QFLP-B", "'article12': {'clause': 'NEW_QUALIFICATION', 'newlyQualified': true}",
                "2025-04-01", token);
        String manager = submitFinance("MANAGER-B", "'article11': {'managerPaidInCapital': 25000000, "
                + "'managedFundsPaidIn': 200000000, 'strongRealEconomyEffect': true}", "2025-04-01", token);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> send(HttpMethod.POST,
                "/programme-applications/" + qflp + "/decision", OFFICER, "{\"approve\": true}")
                .returnResult(String.class).getStatus().value());
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> send(HttpMethod.POST,
                "/programme-applications/" + manager + "/decision", OFFICER, "{\"approve\": true}")
                .returnResult(String.class).getStatus().value());
        assertThat(List.of(first.get(60, java.util.concurrent.TimeUnit.SECONDS),
                second.get(60, java.util.concurrent.TimeUnit.SECONDS))).allMatch(s -> s == 200 || s == 409);
        // QFLP first: the manager's 50万 is refused; the manager first: QFLP tops up 50万 — 100万 either way
        java.math.BigDecimal paid = java.math.BigDecimal.ZERO;
        for (String id : List.of(qflp, manager)) {
            JsonNode a = get("/programme-applications/" + id, token);
            if (a.path("approvedAmount").isNumber()) {
                paid = paid.add(a.path("approvedAmount").decimalValue());
            }
        }
        assertThat(paid).isEqualByComparingTo("1000000.00");
    }

    @Test
    void theNightlyJobClosesADueProgrammeNoticeOnce() {
        String branch = newBranchInNotice("BRANCH-2025", FACTORY, 6);
        String noticeId = get("/programme-applications/" + branch, FACTORY).path("noticeId").asString();
        JsonNode notice = get("/programme-notices/" + noticeId, FACTORY);
        assertThat(notice.has("objections")).as("objections are for officers").isFalse();
        assertThat(closingJob.closeDueProgrammeNotices()).isZero();
        today(LocalDate.parse(notice.path("earliestPaymentDay").asString()).toString());
        assertThat(closingJob.closeDueProgrammeNotices()).isEqualTo(1);
        assertThat(closingJob.closeDueProgrammeNotices()).isZero();
        expect(get("/programme-applications/" + branch, FACTORY), "/status", "PAYMENT_SCHEDULED",
                "/payment/scheduledOn", notice.path("earliestPaymentDay").asString(), "/payment/amount", "4000000.00");
    }

    @Test
    void aNoticeClosedAfterItsWindowSchedulesThePaymentOnTheClosingDayNotADayAlreadyPast() {
        String branch = newBranchInNotice("BRANCH-LATE-2025", BANK, 5);
        JsonNode notice = get("/programme-notices/" + get("/programme-applications/" + branch, BANK)
                .path("noticeId").asString(), BANK);
        LocalDate earliest = LocalDate.parse(notice.path("earliestPaymentDay").asString());
        // the nightly job was down: the notice closes on Monday 11-03, days after its first payment day
        LocalDate closedOn = LocalDate.parse("2025-11-03");
        assertThat(earliest).isBefore(closedOn);
        today(closedOn.toString());
        assertThat(closingJob.closeDueProgrammeNotices()).isEqualTo(1);
        expect(get("/programme-applications/" + branch, BANK), "/status", "PAYMENT_SCHEDULED",
                "/payment/scheduledOn", closedOn.toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        today("2025-11-03");
        String approved = submitFinance("INSURANCE", "'article02': {'recognitions': ['NATIONAL_HIGH_TECH_ENTERPRISE'], 'annualPremiums': 200000}",
                "2025-05-01", STUDIO);
        send(HttpMethod.POST, "/programme-applications/" + approved + "/decision", OFFICER, "{\"approve\": true}")
                .expectStatus().isOk();
        record Bad(String path, String token, String body, int status, String field) {
        }
        List<Bad> bad = List.of(
                new Bad("/programme-notices", OFFICER, "{\"applicationIds\": []}", 422, "applicationIds"),
                new Bad("/programme-notices", OFFICER, "{\"applicationIds\": [\"" + approved + "\", \"" + approved
                        + "\"]}", 422, "applicationIds[1]"),
                new Bad("/programme-notices", OFFICER, "{\"applicationIds\": [\"" + UUID.randomUUID() + "\"]}", 422,
                        "applicationIds[0]"),
                new Bad("/programme-notices", OFFICER, "{\"applicationIds\": [\"" + approved
                        + "\"], \"workingDays\": 4}", 422, "workingDays"),
                new Bad("/programme-notices", OFFICER, "{\"applicationIds\": [\"" + approved
                        + "\"], \"publishedOn\": \"2025-11-04\"}", 422, "publishedOn"),
                new Bad("/programme-notices", OFFICER, "{\"applicationIds\": [\"not-an-id\"]}", 400,
                        "applicationIds[0]"),
                new Bad("/programme-applications/" + approved + "/clawback", OFFICER, "{\"ground\": \"WHIM\"}", 400,
                        "ground"),
                new Bad("/programme-applications/" + approved + "/clawback", OFFICER, "{}", 422, "ground"),
                new Bad("/programme-applications/" + approved + "/clawback", OFFICER,
                        "{\"ground\": \"FALSE_DECLARATION\", \"orderedOn\": \"2025-11-04\"}", 422, "orderedOn"));
        for (Bad b : bad) {
            long before = writes();
            JsonNode problem = problem(send(HttpMethod.POST, b.path(), b.token(), b.body()), b.status());
            assertThat(errorFields(problem)).as("%s: %s", b.path(), problem).contains(b.field());
            assertThat(writes()).as("nothing written by %s", b.path()).isEqualTo(before);
        }
        long before = writes();
        send(HttpMethod.POST, "/programme-notices", STUDIO, "{\"applicationIds\": [\"" + approved + "\"]}")
                .expectStatus().isForbidden();
        send(HttpMethod.POST, "/programme-applications/" + approved + "/clawback", STUDIO,
                "{\"ground\": \"FALSE_DECLARATION\"}").expectStatus().isForbidden();
        send(HttpMethod.POST, "/programme-applications/" + approved + "/clawback", OFFICER,
                "{\"ground\": \"FALSE_DECLARATION\"}").expectStatus().isEqualTo(409);
        send(HttpMethod.GET, "/programme-applications/" + approved, FUND, null).expectStatus().isNotFound();
        assertThat(writes()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * On Monday 2025-10-20: a newly established first-level bank branch (33号 第九条) of {@code applicant}, approved and
     * published on a notice of {@code workingDays}; its id.
     */
    private String newBranchInNotice(String project, String applicant, int workingDays) {
        today("2025-10-20");
        String branch = submitFinance(project, "'article09': {'kind': 'BANK_FIRST_LEVEL_BRANCH', "
                + "'newlyEstablished': true}", "2025-10-01", applicant);
        send(HttpMethod.POST, "/programme-applications/" + branch + "/decision", OFFICER, "{\"approve\": true}")
                .expectStatus().isOk();
        send(HttpMethod.POST, "/programme-notices", OFFICER, "{\"applicationIds\": [\"" + branch
                + "\"], \"workingDays\": " + workingDays + "}").expectStatus().isCreated();
        return branch;
    }

    private String submitFinance(String project, String claims) {
        return submitFinance(project, claims, "2025-03-01", FUND);
    }

    private String submitFinance(String project, String claims, String eventDate) {
        return submitFinance(project, claims, eventDate, FUND);
    }

    private String submitFinance(String project, String claims, String eventDate, String token) {
        return body(send(HttpMethod.POST, "/programme-applications", token, q("{'programme': 'INDUSTRIAL_FINANCE', "
                + "'projectId': '" + project + "', 'eventDate': '" + eventDate + "', " + STANDING
                + ", 'industrialFinance': {" + claims + "}}")).expectStatus().isCreated()).path("id").asString();
    }

    private String submitCulture(String project, String claims) {
        return body(send(HttpMethod.POST, "/programme-applications", STUDIO, q("{'programme': 'SCI_TECH_CULTURE', "
                + "'projectId': '" + project + "', 'eventDate': '2025-05-01', " + STANDING
                + ", 'sciTechCulture': {" + claims + "}}")).expectStatus().isCreated()).path("id").asString();
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** Every table a programme command can write, plus the outbox and the idempotency records. */
    private long writes() {
        return count("""
                select (select count(*) from programme_application) + (select count(*) from programme_claim)
                     + (select count(*) from programme_application where status <> 'SUBMITTED')
                     + (select count(*) from programme_claim where approval_result is not null)
                     + (select count(*) from programme_notice) + (select count(*) from programme_notice_entry)
                     + (select count(*) from programme_objection) + (select count(*) from programme_payment)
                     + (select count(*) from programme_clawback)
                     + (select count(*) from outbox_event) + (select count(*) from idempotency_key) as n""");
    }
}
