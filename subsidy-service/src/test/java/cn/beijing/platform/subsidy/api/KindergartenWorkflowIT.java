package cn.beijing.platform.subsidy.api;

import static cn.beijing.platform.subsidy.api.Json.citations;
import static cn.beijing.platform.subsidy.api.Json.errorFields;
import static cn.beijing.platform.subsidy.api.Json.expect;
import static cn.beijing.platform.subsidy.api.Json.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.subsidy.config.NoticeClosingJob;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.SharedInfrastructure;
import cn.beijing.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The stateful workflows against the real database and broker, with a clock the test moves: a kindergarten and its
 * roster, an application through eligibility, approval, public notice, an objection holding the payment, its
 * withdrawal, the payment, a fraud finding, suspension, disqualification and clawback — every event on Kafka and
 * valid against its schema; programme applications with 就高不重复; assistance cases from guardianship referrals;
 * roles; and bad input on every command answered 4xx naming the field with nothing written.
 */
class KindergartenWorkflowIT extends WorkflowApiTest {

    private static final String OFFICER = TestTokens.bearer("officer-1", "YIZHUANG-EDUCATION", "SUBSIDY_OFFICER");
    private static final String APPLICANT = TestTokens.bearer("kg-clerk", "ORG-KG-1", "APPLICANT");
    private static final String OTHER_APPLICANT = TestTokens.bearer("kg-clerk-2", "ORG-KG-2", "APPLICANT");
    private static final String K30 = "京技管发〔2024〕30号";
    private static final String CIVIL_CODE_201 = "中华人民共和国民法典 第二百零一条";
    private static final String NOTICE_TOPIC = "subsidy.public-notice-published.v1";
    private static final String PAYMENT_TOPIC = "subsidy.payment-scheduled.v1";
    private static final String CLAWBACK_TOPIC = "subsidy.clawback-ordered.v1";
    private static final String REFERRAL_TOPIC = "guardianship.assistance-referral.v1";

    @Autowired
    MeterRegistry meters;
    @Autowired
    NoticeClosingJob noticeClosingJob;

    // ---------------------------------------------------------------- the kindergarten workflow

    @Test
    void applicationEligibilityApprovalNoticeObjectionWithdrawalPaymentFraudSuspensionClawback() {
        today("2025-09-15");
        String kg = registerKindergarten(APPLICANT, "阳光普惠幼儿园");
        enter(kg, "A", "2021-06-01", "2024-09-01", true);
        enter(kg, "B", "2021-05-01", "2024-09-01", false);
        enter(kg, "G", "2019-03-01", "2022-09-01", false);
        enter(kg, "N", "2022-05-01", "2025-08-20", true);
        enter(kg, "U", "2022-09-01", "2025-09-01", true);
        send(HttpMethod.POST, "/kindergartens/" + kg + "/children/B/leaving", APPLICANT,
                "{\"leftOn\": \"2025-02-10\", \"graduated\": false}").expectStatus().isOk();
        JsonNode graduation = body(send(HttpMethod.POST, "/kindergartens/" + kg + "/graduations", APPLICANT,
                "{\"graduatedOn\": \"2025-07-10\", \"childRefs\": [\"G\"]}").expectStatus().isOk());
        expect(graduation, "/children/0/childRef", "G", "/children/0/graduated", true);
        // the stored roster gives the same settlement as the calculator of docs/API.md (第五条)
        JsonNode settlement = get("/kindergartens/" + kg + "/per-child-settlements/2025", APPLICANT);
        assertThat(settlement.path("monthlyCounts").toString()).isEqualTo("[3,2,2,2,2,2,2,1,2,2,2,2]");
        expect(settlement, "/entitlement", "43200.00", "/settlement", "-10800.00");

        // submitted without the lease documents (第十三条 item 9)
        JsonNode submitted = body(send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("""
                {'kindergartenId': '%s', 'year': 2025, 'kinds': ['PER_CHILD', 'RENT'],
                 'documents': ['OPERATING_LICENCE', 'LEGAL_PERSON_CERTIFICATE', 'CURRENT_FEE_STANDARD',
                   'FEE_COMMITMENT', 'CHILDREN_ROSTER', 'STAFF_ROSTER', 'REGISTERED_BANK_ACCOUNT',
                   'APPLICATION_AND_CALCULATION'],
                 'rent': %s}""".formatted(kg, RENT))).expectStatus().isCreated());
        String application = submitted.path("id").asString();
        expect(submitted, "/status", "SUBMITTED", "/failures/0/code", "MISSING_DOCUMENT_9",
                "/failures/0/article", "第十三条", "/checklist/complete", false);

        // eligibility: the 2024 inspection is below "qualified"; an accident exactly one day outside 3 years
        JsonNode reviewed = body(send(HttpMethod.POST, "/kindergarten/applications/" + application
                + "/eligibility-review", OFFICER, review("UNQUALIFIED", "2022-09-14")).expectStatus().isOk());
        expect(reviewed, "/status", "REVIEWED", "/eligible", false, "/amount", "1696500.00");
        List<String> failures = new ArrayList<>();
        reviewed.path("failures").forEach(f -> failures.add(f.path("code").asString() + " " + f.path("article").asString()));
        assertThat(failures).containsExactly("MISSING_DOCUMENT_9 第十三条", "ANNUAL_INSPECTION_BELOW_MINIMUM 第十二条");

        // approval is refused naming each failure with its article
        JsonNode refused = problem(send(HttpMethod.POST, "/kindergarten/applications/" + application + "/decision",
                OFFICER, "{\"approve\": true}"), 409);
        expect(refused, "/code", "APPLICATION_NOT_ELIGIBLE");
        assertThat(citations(refused.path("basis"))).containsExactly(K30 + " 第十三条", K30 + " 第十二条");

        // the applicant completes its documents; the authority's corrected inspection result is reviewed again
        send(HttpMethod.PUT, "/kindergarten/applications/" + application + "/documents", APPLICANT, q("""
                {'documents': ['OPERATING_LICENCE', 'LEGAL_PERSON_CERTIFICATE', 'CURRENT_FEE_STANDARD',
                   'FEE_COMMITMENT', 'CHILDREN_ROSTER', 'STAFF_ROSTER', 'REGISTERED_BANK_ACCOUNT',
                   'APPLICATION_AND_CALCULATION', 'LEASE_DOCUMENTS']}""")).expectStatus().isOk();
        JsonNode eligible = body(send(HttpMethod.POST, "/kindergarten/applications/" + application
                + "/eligibility-review", OFFICER, review("QUALIFIED", "2022-09-14")).expectStatus().isOk());
        // per-child advances 16200 + 16200 + 10800 + 10800; rent 5 yuan × 900 m² × 365 days = 1642500
        expect(eligible, "/eligible", true, "/amount", "1696500.00",
                "/assessment/lines/0/kind", "PER_CHILD", "/assessment/lines/0/amount", "16200.00",
                "/assessment/lines/3/amount", "10800.00",
                "/assessment/lines/4/kind", "RENT", "/assessment/lines/4/amount", "1642500.00",
                "/assessment/rent/dailyRate", 5, "/assessment/rent/subsidisedArea", 900,
                "/assessment/lease/eligible", true, "/assessment/lease/paymentQuarter", 4);
        assertThat(eligible.path("failures").isEmpty()).isTrue();
        JsonNode approved = body(send(HttpMethod.POST, "/kindergarten/applications/" + application + "/decision",
                OFFICER, "{\"approve\": true}").expectStatus().isOk());
        expect(approved, "/status", "APPROVED", "/decidedOn", "2025-09-15");

        // published on the Friday before National Day (not counted, 民法典 第二百零一条): make-up Sunday 9-28, 9-29,
        // 9-30, (10-1..10-8 off), 10-9, 10-10 → pay from the make-up Saturday 10-11
        today("2025-09-26");
        JsonNode notice = body(send(HttpMethod.POST, "/kindergarten/notices", OFFICER,
                "{\"applicationIds\": [\"" + application + "\"]}").expectStatus().isCreated());
        String noticeId = notice.path("id").asString();
        expect(notice, "/publishedOn", "2025-09-26", "/workingDays", 5, "/counting", "FROM_NEXT_DAY",
                "/lastDay", "2025-10-10", "/earliestPaymentDay", "2025-10-11", "/status", "OPEN",
                "/entries/0/kindergartenName", "阳光普惠幼儿园", "/entries/0/address", "北京经济技术开发区荣华中路1号",
                "/entries/0/classes", 6, "/entries/0/feeItems/0/item", "保育教育费",
                "/entries/0/subsidies/0/policy", K30 + " 第五条", "/entries/0/subsidies/0/standard", 1800,
                "/entries/0/subsidies/4/policy", K30 + " 第六条", "/entries/0/amount", "1696500.00",
                "/entries/0/applicationStatus", "IN_NOTICE");
        assertThat(citations(notice.path("basis"))).containsExactly(K30 + " 第十四条", CIVIL_CODE_201);
        // the notice is public: the applicant reads it, without the objections
        JsonNode publicView = get("/kindergarten/notices/" + noticeId, APPLICANT);
        assertThat(publicView.has("objections")).isFalse();

        // an objection during the window holds the payment
        today("2025-09-30");
        JsonNode objection = body(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections", OFFICER,
                "{\"applicationId\": \"" + application + "\", \"summary\": \"收费与公示不符\"}")
                .expectStatus().isCreated());
        expect(objection, "/status", "STANDING", "/receivedOn", "2025-09-30");
        String objectionId = objection.path("id").asString();

        today("2025-10-10");   // the last day of the window: not over yet
        expect(problem(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/close", OFFICER, null), 409),
                "/code", "NOTICE_PERIOD_RUNNING", "/basis/0/article", "第十四条");

        today("2025-10-11");
        expect(problem(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections", OFFICER,
                "{\"applicationId\": \"" + application + "\", \"summary\": \"too late\"}"), 409),
                "/code", "OBJECTION_OUTSIDE_NOTICE_PERIOD");
        JsonNode closed = body(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/close", OFFICER, null)
                .expectStatus().isOk());
        expect(closed, "/status", "CLOSED", "/closedOn", "2025-10-11", "/entries/0/applicationStatus", "PAYMENT_HELD",
                "/objections/0/status", "STANDING");
        assertThat(get("/payments?kindergartenId=" + kg, OFFICER).size()).isZero();

        // withdrawn on Monday 10-13: payment on the first working day after both the window and the withdrawal
        today("2025-10-13");
        expect(body(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections/" + objectionId
                + "/resolution", OFFICER, "{\"outcome\": \"WITHDRAWN\"}").expectStatus().isOk()),
                "/status", "WITHDRAWN", "/resolvedOn", "2025-10-13");
        JsonNode paid = get("/kindergarten/applications/" + application, APPLICANT);
        expect(paid, "/status", "PAYMENT_SCHEDULED", "/payment/scheduledOn", "2025-10-14",
                "/payment/amount", "1696500.00", "/payment/status", "SCHEDULED");
        JsonNode payments = get("/payments?kindergartenId=" + kg, OFFICER);
        expect(payments, "/0/lines/0/kind", "PER_CHILD", "/0/lines/0/periodStart", "2025-01-01",
                "/0/lines/0/periodEnd", "2025-03-31", "/0/lines/4/kind", "RENT");

        // a fraud finding after the payment: suspended from the discovery day
        today("2025-11-03");
        JsonNode finding = body(send(HttpMethod.POST, "/kindergartens/" + kg + "/findings", OFFICER, q("""
                {'ground': 'FINANCIAL_MISCONDUCT', 'discoveredOn': '2025-11-03',
                 'rectificationDeadline': '2025-11-14'}""")).expectStatus().isCreated());
        String findingId = finding.path("id").asString();
        expect(finding, "/status", "PENDING", "/outcome", "PENDING", "/kindergartenStatus", "SUSPENDED",
                "/decision/suspendedFrom", "2025-11-03", "/relatedFunds", "1696500.00", "/recoveryTotal", 0,
                "/decision/basis/0/article", "第二十条");
        assertThat(finding.has("clawback")).isFalse();
        // while suspended, the kindergarten cannot apply again
        expect(problem(send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("""
                {'kindergartenId': '%s', 'year': 2026, 'kinds': ['PER_CHILD'], 'documents': []}""".formatted(kg))),
                409), "/code", "KINDERGARTEN_NOT_ACTIVE");

        // not rectified by the deadline: disqualified from the day after it, the funds concerned recovered
        today("2025-11-17");
        JsonNode disqualified = body(send(HttpMethod.POST, "/kindergartens/" + kg + "/findings/" + findingId
                + "/evaluation", OFFICER, "{}").expectStatus().isOk());
        expect(disqualified, "/status", "CONCLUDED", "/outcome", "DISQUALIFIED", "/kindergartenStatus", "DISQUALIFIED",
                "/decision/disqualifiedFrom", "2025-11-15", "/recoveryTotal", "1696500.00",
                "/clawback/amount", "1696500.00", "/clawback/orderedOn", "2025-11-17",
                "/clawback/basis/0/article", "第二十条");
        expect(get("/kindergartens/" + kg, OFFICER), "/status", "DISQUALIFIED");
        expect(get("/clawbacks?kindergartenId=" + kg, OFFICER), "/0/amount", "1696500.00");

        // every event reached the broker, as a CloudEvent, valid against its schema, without data of children
        String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
        try (KafkaProbe probe = new KafkaProbe(kafka, NOTICE_TOPIC, PAYMENT_TOPIC, CLAWBACK_TOPIC)) {
            ConsumerRecord<String, byte[]> published = one(probe, NOTICE_TOPIC, noticeId);
            ConsumerRecord<String, byte[]> scheduled = one(probe, PAYMENT_TOPIC, application);
            ConsumerRecord<String, byte[]> clawback = one(probe, CLAWBACK_TOPIC, kg);
            for (ConsumerRecord<String, byte[]> record : List.of(published, scheduled, clawback)) {
                assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(record.topic());
                assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/municipal-platform/subsidy-service");
                assertThat(EventSchemas.violations(record.topic(), record.value())).as(record.topic()).isEmpty();
                String payload = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(payload).doesNotContain("birthDate").doesNotContain("2021-06-01").doesNotContain("childRef")
                        .doesNotContain("收费与公示不符");
            }
            JsonNode paymentEvent = Json.read(new String(scheduled.value(), StandardCharsets.UTF_8));
            expect(paymentEvent, "/scheduledOn", "2025-10-14", "/amount", "1696500.00", "/noticeId", noticeId,
                    "/lines/4/article", K30 + " 第六条");
            assertThat(citations(paymentEvent.path("basis"))).contains(K30 + " 第十四条", CIVIL_CODE_201);
            JsonNode noticeEvent = Json.read(new String(published.value(), StandardCharsets.UTF_8));
            expect(noticeEvent, "/publishedOn", "2025-09-26", "/lastDay", "2025-10-10",
                    "/earliestPaymentDay", "2025-10-11");
            assertThat(citations(noticeEvent.path("basis"))).containsExactly(K30 + " 第十四条", CIVIL_CODE_201);
            JsonNode clawbackEvent = Json.read(new String(clawback.value(), StandardCharsets.UTF_8));
            expect(clawbackEvent, "/ground", "FINANCIAL_MISCONDUCT", "/outcome", "DISQUALIFIED",
                    "/amount", "1696500.00", "/recoveries/0/kind", "RELATED_FUNDS");
        }
    }

    @Test
    void closureAndImproperFeesRecoverTheirPeriodsAndUpheldObjectionsAreNotPaid() {
        today("2025-09-15");
        Approved paid = approvedWithOneChild("晨曦幼儿园", "C1");
        String paidApplication = paid.application();
        String upheldApplication = approvedWithOneChild("星光幼儿园", "D1").application();
        Approved improperFees = approvedWithOneChild("彩虹幼儿园", "E1");
        String kg3 = improperFees.kindergarten();
        String feesApplication = improperFees.application();

        JsonNode notice = body(send(HttpMethod.POST, "/kindergarten/notices", OFFICER,
                "{\"applicationIds\": [\"" + paidApplication + "\", \"" + upheldApplication + "\", \""
                        + feesApplication + "\"], \"workingDays\": 7}").expectStatus().isCreated());
        String noticeId = notice.path("id").asString();
        // (9-15 not counted) 9-16..9-19, 9-22..9-24: seven working days; payment 9-25
        expect(notice, "/lastDay", "2025-09-24", "/earliestPaymentDay", "2025-09-25");
        String objection = object(noticeId, upheldApplication, "实际未招生");
        today("2025-09-16");
        send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections/" + objection + "/resolution",
                OFFICER, "{\"outcome\": \"UPHELD\"}").expectStatus().isOk();
        today("2025-09-25");
        JsonNode closed = body(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/close", OFFICER, null)
                .expectStatus().isOk());
        List<String> statuses = new ArrayList<>();
        closed.path("entries").forEach(e -> statuses.add(e.path("applicationId").asString() + "="
                + e.path("applicationStatus").asString()));
        assertThat(statuses).containsExactlyInAnyOrder(paidApplication + "=PAYMENT_SCHEDULED",
                upheldApplication + "=OBJECTION_UPHELD", feesApplication + "=PAYMENT_SCHEDULED");
        expect(get("/kindergarten/applications/" + paidApplication, OFFICER), "/payment/scheduledOn", "2025-09-25",
                "/payment/amount", "21600.00");

        // closed on 10-20: stopped from November, the advances for November and December recovered (第十九条)
        today("2025-10-21");
        JsonNode closure = body(send(HttpMethod.POST, "/kindergartens/" + paid.kindergarten() + "/findings",
                OFFICER, "{\"ground\": \"CLOSURE_OR_STATUS_LOSS\", \"eventOn\": \"2025-10-20\"}")
                .expectStatus().isCreated());
        expect(closure, "/outcome", "STOPPED", "/kindergartenStatus", "CLOSED", "/decision/paymentsStopFrom",
                "2025-11-01", "/recoveryTotal", "3600.00", "/clawback/amount", "3600.00",
                "/clawback/recoveries/0/kind", "PER_CHILD", "/clawback/recoveries/0/from", "2025-11-01",
                "/clawback/recoveries/0/to", "2025-12-31", "/clawback/basis/0/article", "第十九条");

        // improper fees from October 1, discovered October 21: suspended; rectified on 10-27, within the time set:
        // the suspension ends and the subsidy of the violation period (October, a whole month) is recovered (第二十一条)
        JsonNode fees = body(send(HttpMethod.POST, "/kindergartens/" + kg3 + "/findings", OFFICER, q("""
                {'ground': 'IMPROPER_FEES', 'violationStartedOn': '2025-10-01', 'discoveredOn': '2025-10-21',
                 'rectificationDeadline': '2025-10-31'}""")).expectStatus().isCreated());
        expect(fees, "/status", "PENDING", "/kindergartenStatus", "SUSPENDED", "/recoveryTotal", "1800.00",
                "/decision/violationTo", "2025-10-21");
        today("2025-10-28");
        JsonNode rectified = body(send(HttpMethod.POST, "/kindergartens/" + kg3 + "/findings/"
                + fees.path("id").asString() + "/evaluation", OFFICER, "{\"rectifiedOn\": \"2025-10-27\"}")
                .expectStatus().isOk());
        expect(rectified, "/outcome", "RECTIFIED_IN_TIME", "/kindergartenStatus", "ACTIVE", "/rectifiedOn", "2025-10-27",
                "/decision/violationTo", "2025-10-26", "/recoveryTotal", "1800.00", "/clawback/amount", "1800.00",
                "/clawback/recoveries/0/from", "2025-10-01", "/clawback/recoveries/0/to", "2025-10-31",
                "/clawback/basis/0/article", "第二十一条");
        expect(get("/kindergartens/" + kg3, OFFICER), "/status", "ACTIVE");
        // evaluated again: already concluded
        problem(send(HttpMethod.POST, "/kindergartens/" + kg3 + "/findings/" + fees.path("id").asString()
                + "/evaluation", OFFICER, "{}"), 409);
    }

    @Test
    void aNoticePublishedOnNewYearsEveRunsIntoTheNewYearAndAnOldNoticeKeepsItsDates() {
        today("2025-12-31");
        String application = approvedWithOneChild("跨年幼儿园", "Y1").application();
        // (12-31 not counted), 2026-01-01..01-03 off, make-up Sunday 01-04, 01-05 … 01-08; payment from 01-09
        JsonNode notice = body(send(HttpMethod.POST, "/kindergarten/notices", OFFICER,
                "{\"applicationIds\": [\"" + application + "\"]}").expectStatus().isCreated());
        String noticeId = notice.path("id").asString();
        expect(notice, "/counting", "FROM_NEXT_DAY", "/lastDay", "2026-01-08", "/earliestPaymentDay", "2026-01-09");
        assertThat(citations(notice.path("basis"))).containsExactly(K30 + " 第十四条", CIVIL_CODE_201);
        today("2026-01-08");
        problem(send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/close", OFFICER, null), 409);
        today("2026-01-09");
        send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/close", OFFICER, null).expectStatus().isOk();
        expect(get("/kindergarten/applications/" + application, APPLICANT), "/status", "PAYMENT_SCHEDULED",
                "/payment/scheduledOn", "2026-01-09");

        // a notice stored before V10 (the publication day counted as day 1) is shown with its dates and its reading
        String old = UUID.randomUUID().toString();
        db.sql("""
                insert into public_notice (id, published_on, working_days, last_day, earliest_payment_day, status,
                    basis, published_by)
                values (cast(:id as uuid), '2025-09-26', 5, '2025-10-09', '2025-10-10', 'OPEN',
                    cast('[{"document": "京技管发〔2024〕30号", "article": "第十四条"}]' as jsonb), 'officer-1')""")
                .bind("id", old).fetch().rowsUpdated().block(Duration.ofSeconds(10));
        JsonNode decided = get("/kindergarten/notices/" + old, OFFICER);
        expect(decided, "/counting", "FROM_SAME_DAY", "/lastDay", "2025-10-09", "/earliestPaymentDay", "2025-10-10");
        assertThat(citations(decided.path("basis"))).containsExactly(K30 + " 第十四条");
        // closed on its stored dates: the day after its stored last day
        expect(body(send(HttpMethod.POST, "/kindergarten/notices/" + old + "/close", OFFICER, null)
                .expectStatus().isOk()), "/status", "CLOSED", "/lastDay", "2025-10-09");
    }

    @Test
    void everyRefusedStepNamesItsGateAndWritesNothing() {
        today("2025-09-15");
        String kg = registerKindergarten(APPLICANT, "关卡幼儿园");
        enter(kg, "R1", "2021-02-01", "2024-09-01", true);
        String submission = q("{'kindergartenId': '" + kg + "', 'year': 2025, 'kinds': ['PER_CHILD'], 'documents': "
                + ALL_DOCUMENTS + "}");
        String id = body(send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, submission)
                .expectStatus().isCreated()).path("id").asString();
        String path = "/kindergarten/applications/" + id;

        long before = writes();
        refused(send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, submission),
                "APPLICATION_FOR_YEAR_EXISTS", "第十一条");
        refused(send(HttpMethod.POST, path + "/decision", OFFICER, "{\"approve\": true}"),
                "ELIGIBILITY_NOT_REVIEWED", "第十二条");
        refused(send(HttpMethod.POST, "/kindergarten/notices", OFFICER, "{\"applicationIds\": [\"" + id + "\"]}"),
                "APPLICATION_NOT_APPROVED", "第十四条");
        assertThat(writes()).as("a refused step writes nothing").isEqualTo(before);

        send(HttpMethod.POST, path + "/decision", OFFICER, "{\"approve\": false, \"reason\": \"incomplete\"}")
                .expectStatus().isOk();
        before = writes();
        refused(send(HttpMethod.PUT, path + "/documents", APPLICANT, q("{'documents': " + ALL_DOCUMENTS + "}")),
                "APPLICATION_ALREADY_DECIDED", "第十三条");
        refused(send(HttpMethod.POST, path + "/eligibility-review", OFFICER, review("EXCELLENT", "2020-01-01")),
                "APPLICATION_ALREADY_DECIDED", "第十二条");
        refused(send(HttpMethod.POST, path + "/decision", OFFICER, "{\"approve\": true}"),
                "APPLICATION_ALREADY_DECIDED", "第十四条");
        assertThat(writes()).as("a refused step writes nothing").isEqualTo(before);
        expect(get(path, APPLICANT), "/status", "REJECTED", "/decisionReason", "incomplete");
        assertThat(get("/kindergarten/applications?status=REJECTED", APPLICANT).findValuesAsString("id")).contains(id);
        problem(send(HttpMethod.GET, "/kindergarten/applications?status=LOST", APPLICANT, null), 400);

        // rejected, the year is free again
        send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, submission).expectStatus().isCreated();
    }

    private static void refused(WebTestClient.ResponseSpec response, String code, String article) {
        JsonNode refused = problem(response, 409);
        expect(refused, "/code", code, "/refusals/0/code", code);
        assertThat(citations(refused.path("basis"))).containsExactly(K30 + " " + article);
    }

    // ---------------------------------------------------------------- the nightly notice-closing job

    @Test
    void theNightlyJobClosesDueNoticesOnceAndLeavesThoseWithAStandingObjectionOpen() throws Exception {
        today("2025-09-15");
        String due = approvedWithOneChild("朝阳普惠幼儿园", "J1").application();
        String objected = approvedWithOneChild("月亮幼儿园", "J2").application();
        String raced = approvedWithOneChild("星河幼儿园", "J3").application();
        // (9-15 not counted) 9-16..9-19, 9-22: five working days; payment from 9-23
        String notice = publish(due);
        String heldNotice = publish(objected);
        expect(get("/kindergarten/notices/" + notice, OFFICER), "/lastDay", "2025-09-22",
                "/earliestPaymentDay", "2025-09-23");
        String objection = object(heldNotice, objected, "收费与公示不符");

        today("2025-09-16");   // 9-17..9-19, 9-22, 9-23: due from 9-24
        String racedNotice = publish(raced);

        // the last day of the window: the job closes none of them
        today("2025-09-22");
        noticeClosingJob.closeDueNotices();
        for (String id : List.of(notice, heldNotice, racedNotice)) {
            expect(get("/kindergarten/notices/" + id, OFFICER), "/status", "OPEN");
        }
        assertThat(paymentsOf(due)).isZero();

        // the first day after it: closed, the payment scheduled as by the on-demand close; a second run changes nothing
        today("2025-09-23");
        noticeClosingJob.closeDueNotices();
        long written = writes();
        noticeClosingJob.closeDueNotices();
        assertThat(writes()).as("a second run writes nothing").isEqualTo(written);
        expect(get("/kindergarten/notices/" + notice, OFFICER), "/status", "CLOSED", "/closedOn", "2025-09-23",
                "/entries/0/applicationStatus", "PAYMENT_SCHEDULED");
        expect(get("/kindergarten/applications/" + due, APPLICANT), "/status", "PAYMENT_SCHEDULED",
                "/payment/scheduledOn", "2025-09-23", "/payment/amount", "21600.00", "/payment/status", "SCHEDULED");
        assertThat(paymentsOf(due)).isEqualTo(1);
        // an officer closing it afterwards is refused and schedules nothing more
        problem(send(HttpMethod.POST, "/kindergarten/notices/" + notice + "/close", OFFICER, null), 409);
        assertThat(paymentsOf(due)).isEqualTo(1);

        // the notice with a standing objection is left untouched
        expect(get("/kindergarten/notices/" + heldNotice, OFFICER), "/status", "OPEN",
                "/entries/0/applicationStatus", "IN_NOTICE", "/objections/0/status", "STANDING");
        assertThat(get("/kindergarten/notices/" + heldNotice, OFFICER).has("closedOn")).isFalse();
        assertThat(paymentsOf(objected)).isZero();
        // the notice whose window ends today is not closed either
        expect(get("/kindergarten/notices/" + racedNotice, OFFICER), "/status", "OPEN", "/lastDay", "2025-09-23");

        // the job and an officer's on-demand close at the same moment: closed once, one payment
        today("2025-09-24");
        CompletableFuture<Integer> job = CompletableFuture.supplyAsync(noticeClosingJob::closeDueNotices);
        int status = send(HttpMethod.POST, "/kindergarten/notices/" + racedNotice + "/close", OFFICER, null)
                .expectBody(String.class).returnResult().getStatus().value();
        job.get(60, TimeUnit.SECONDS);
        assertThat(status).isIn(200, 409);
        expect(get("/kindergarten/notices/" + racedNotice, OFFICER), "/status", "CLOSED");
        assertThat(paymentsOf(raced)).isEqualTo(1);
        expect(get("/kindergarten/applications/" + raced, OFFICER), "/status", "PAYMENT_SCHEDULED",
                "/payment/scheduledOn", "2025-09-24");
        assertThat(count("select count(*) as n from outbox_event where topic = '" + PAYMENT_TOPIC
                + "' and aggregate_id = '" + raced + "'")).isEqualTo(1);
        expect(get("/kindergarten/notices/" + heldNotice, OFFICER), "/status", "OPEN");

        // withdrawn on 9-24: the next run closes it; payment on the first working day after the withdrawal
        send(HttpMethod.POST, "/kindergarten/notices/" + heldNotice + "/objections/" + objection + "/resolution",
                OFFICER, "{\"outcome\": \"WITHDRAWN\"}").expectStatus().isOk();
        expect(get("/kindergarten/notices/" + heldNotice, OFFICER), "/status", "OPEN");
        noticeClosingJob.closeDueNotices();
        expect(get("/kindergarten/notices/" + heldNotice, OFFICER), "/status", "CLOSED", "/closedOn", "2025-09-24");
        expect(get("/kindergarten/applications/" + objected, OFFICER), "/status", "PAYMENT_SCHEDULED",
                "/payment/scheduledOn", "2025-09-25");

        // one payment-scheduled event per application on Kafka, valid against its schema
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), PAYMENT_TOPIC)) {
            ConsumerRecord<String, byte[]> scheduled = one(probe, PAYMENT_TOPIC, due);
            one(probe, PAYMENT_TOPIC, objected);
            one(probe, PAYMENT_TOPIC, raced);
            probe.drain(Duration.ofSeconds(2));
            for (String application : List.of(due, objected, raced)) {
                assertThat(probe.await(r -> application.equals(r.key()), 2, Duration.ZERO))
                        .as("payment events of %s", application).hasSize(1);
            }
            assertThat(KafkaProbe.header(scheduled, CloudEventHeaders.TYPE)).isEqualTo(PAYMENT_TOPIC);
            assertThat(EventSchemas.violations(PAYMENT_TOPIC, scheduled.value())).isEmpty();
            expect(Json.read(new String(scheduled.value(), StandardCharsets.UTF_8)), "/scheduledOn", "2025-09-23",
                    "/noticeId", notice, "/amount", "21600.00");
        }
    }

    private String publish(String application) {
        return body(send(HttpMethod.POST, "/kindergarten/notices", OFFICER,
                "{\"applicationIds\": [\"" + application + "\"]}").expectStatus().isCreated()).path("id").asString();
    }

    private long paymentsOf(String application) {
        return count("select count(*) as n from payment where application_id = '" + application + "'");
    }

    // ---------------------------------------------------------------- programme applications

    @Test
    void programmeApplicationsRecordTheBestClaimAndTheSupersededOnes() {
        today("2025-06-30");
        JsonNode finance = body(send(HttpMethod.POST, "/programme-applications", APPLICANT, q("""
                {'programme': 'INDUSTRIAL_FINANCE', 'projectId': 'LEASING-2025', 'eventDate': '2025-03-01',
                 'standing': {'registeredInYizhuang': true, 'operatesInYizhuang': true},
                 'industrialFinance': {
                  'article03': {'companyType': 'FINANCIAL_LEASING', 'contractAmount': 200000000,
                                'financingProvided': 1000000000},
                  'article13': {'sector': 'BANKING', 'landingYear': true, 'measure': 600000000,
                                'previousYearMeasure': 500000000, 'revenue': 600000000},
                  'article14': {'statisticalCode': '6631', 'revenue': 600000000, 'previousYearRevenue': 500000000}}}
                """)).expectStatus().isCreated());
        expect(finance, "/status", "SUBMITTED", "/document", "京技管发〔2024〕33号", "/inScope", true,
                "/amount", "3000000.00", "/amountTenThousandYuan", "300.00",
                "/claims/0/article", "第十三条", "/claims/0/result", "GRANTED",
                "/claims/1/article", "第十四条", "/claims/1/result", "SUPERSEDED", "/claims/1/supersededBy", "第十三条",
                "/claims/1/supersededUnder", "第十四条", "/claims/1/amountTenThousandYuan", "200.00",
                "/claims/2/article", "第三条", "/claims/2/result", "SUPERSEDED", "/claims/2/supersededBy", "第十三条");
        String id = finance.path("id").asString();
        // another applicant does not see it; the officer approves
        send(HttpMethod.GET, "/programme-applications/" + id, OTHER_APPLICANT, null).expectStatus().isNotFound();
        expect(body(send(HttpMethod.POST, "/programme-applications/" + id + "/decision", OFFICER,
                "{\"approve\": true}").expectStatus().isOk()), "/status", "APPROVED", "/decidedOn", "2025-06-30");

        JsonNode culture = body(send(HttpMethod.POST, "/programme-applications", APPLICANT, q("""
                {'programme': 'SCI_TECH_CULTURE', 'projectId': 'UHD-01', 'eventDate': '2025-05-01',
                 'standing': {'registeredInYizhuang': true, 'operatesInYizhuang': true, 'inSciTechCultureIndustry': true},
                 'sciTechCulture': {
                  'measure05': {'awardLevel': 'NATIONAL', 'ultraHighDefinition': true, 'uhdPostProductionCost': 12000000},
                  'measure14': {'demonstrationLevel': 'MUNICIPAL', 'investment': 3000000}}}""")).expectStatus().isCreated());
        expect(culture, "/amount", "2000000.00", "/claims/0/article", "二、支持政策 5", "/claims/0/result", "GRANTED",
                "/claims/1/article", "二、支持政策 14", "/claims/1/result", "SUPERSEDED",
                "/claims/1/supersededBy", "二、支持政策 5", "/claims/1/supersededUnder", "三、附则 12");

        JsonNode youth = body(send(HttpMethod.POST, "/programme-applications", APPLICANT, q("""
                {'programme': 'YOUTH_EMPLOYMENT', 'projectId': 'HIRES-2025',
                 'youthEmployment': {'employerIsEnterprise': true, 'hires': [
                  {'personId': 'p1', 'category': 'COLLEGE_GRADUATE', 'leftSchoolOn': '2025-06-20',
                   'hiredOn': '2025-03-01', 'labourContract': true, 'fullInsuranceMonths': 3}]}}""")).expectStatus().isCreated());
        expect(youth, "/document", "京人社毕发〔2024〕16号", "/amount", "1000.00", "/claims/0/result", "GRANTED");

        // nothing granted: approval refused
        JsonNode nothing = body(send(HttpMethod.POST, "/programme-applications", APPLICANT, q("""
                {'programme': 'INDUSTRIAL_FINANCE', 'projectId': 'BRANCH', 'eventDate': '2025-03-01',
                 'standing': {'registeredInYizhuang': false, 'operatesInYizhuang': true},
                 'industrialFinance': {'article09': {'kind': 'BANK_FIRST_LEVEL_BRANCH', 'newlyEstablished': true}}}"""))
                .expectStatus().isCreated());
        expect(nothing, "/inScope", false, "/amount", 0, "/claims/0/result", "NOT_QUALIFYING");
        expect(problem(send(HttpMethod.POST, "/programme-applications/" + nothing.path("id").asString() + "/decision",
                OFFICER, "{\"approve\": true}"), 409), "/code", "NOTHING_TO_GRANT");
    }

    // ---------------------------------------------------------------- assistance referrals

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anAssistanceReferralDeliveredTwiceOpensExactlyOneCaseWithoutGuardianshipDetails(CapturedOutput output)
            throws Exception {
        double duplicateReferralsBefore = referralOutcomes("duplicate-referral");
        UUID referralId = UUID.randomUUID();
        UUID assessmentId = UUID.randomUUID();
        String household = "HH-" + UUID.randomUUID();
        String payload = q("""
                {'referralId': '%s', 'assessmentId': '%s', 'referringAgency': 'DAXING-CIVIL-AFFAIRS',
                 'householdReference': '%s', 'kind': 'CHARITY_ASSISTANCE',
                 'householdSituation': 'STILL_IN_DIFFICULTY_AFTER_GOVERNMENT_RELIEF', 'need': 'PRESCHOOL_EDUCATION_AID',
                 'districtCode': '110115', 'subDistrictCode': '110115010', 'channel': 'SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY',
                 'consentRecordedOn': '2025-05-06', 'referredOn': '2025-05-08',
                 'basis': [{'document': '京民社救发〔2024〕111号', 'article': '二(二)4'},
                           {'document': '京民儿福发〔2024〕103号', 'article': '第十二条'}]}""")
                .formatted(referralId, assessmentId, household);
        String eventId = UUID.randomUUID().toString();
        String resentEventId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record(REFERRAL_TOPIC, assessmentId.toString(), eventId, payload)).get();
            producer.send(record(REFERRAL_TOPIC, assessmentId.toString(), eventId, payload)).get();
            // the same referral republished under another event id
            producer.send(record(REFERRAL_TOPIC, assessmentId.toString(), resentEventId, payload)).get();
            // a marker after them on the same partition: once it is processed, the copies have been consumed
            String marker = payload.replace(referralId.toString(), UUID.randomUUID().toString())
                    .replace(household, "HH-" + UUID.randomUUID());
            producer.send(record(REFERRAL_TOPIC, assessmentId.toString(), UUID.randomUUID().toString(), marker)).get();
        }
        awaitCount("select count(*) as n from assistance_case", 2);
        assertThat(count("select count(*) as n from assistance_case where referral_id = '" + referralId + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) as n from inbox_event where event_id = '" + eventId + "'")).isEqualTo(1);
        // the re-sent referral is reported as the duplicate it is, not as processed
        assertThat(referralOutcomes("duplicate-referral") - duplicateReferralsBefore).isEqualTo(1);
        assertThat(output.getOut()).contains("assistance referral event " + resentEventId + ": duplicate")
                .doesNotContain("assistance referral event " + resentEventId + ": processed");

        JsonNode cases = get("/assistance-cases?need=PRESCHOOL_EDUCATION_AID", OFFICER);
        JsonNode mine = null;
        for (JsonNode c : cases) {
            if (household.equals(c.path("householdReference").asString())) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        expect(mine, "/need", "PRESCHOOL_EDUCATION_AID", "/kind", "CHARITY_ASSISTANCE", "/status", "OPEN",
                "/districtCode", "110115", "/referringAgency", "DAXING-CIVIL-AFFAIRS",
                "/consentRecordedOn", "2025-05-06");
        String shown = get("/assistance-cases/" + mine.path("id").asString(), OFFICER).toString();
        assertThat(shown).doesNotContain(assessmentId.toString()).doesNotContain("assessment")
                .doesNotContain("京民儿福发").doesNotContain(referralId.toString()).contains("京民社救发〔2024〕111号");
        send(HttpMethod.GET, "/assistance-cases", APPLICANT, null).expectStatus().isForbidden();

        // the conclusion of the referring assessment is invalidated: the case goes under review
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record("guardianship.conclusion-invalidated.v1", assessmentId.toString(),
                    UUID.randomUUID().toString(), q("""
                            {'assessmentId': '%s', 'agency': 'DAXING-CIVIL-AFFAIRS', 'ground': 'FALSE_REPORT',
                             'reportIssuedOn': '2025-05-01', 'invalidatedOn': '2025-06-01',
                             'assistanceReferralIds': ['%s'], 'basis': [{'document': '京民儿福发〔2024〕103号',
                             'article': '第十八条'}]}""").formatted(assessmentId, referralId))).get();
        }
        awaitCount("select count(*) as n from assistance_case where status = 'UNDER_REVIEW' and referral_id = '"
                + referralId + "'", 1);

        // a charity referral without recorded consent is poison: dead-lettered, no case
        String noConsent = payload.replace(referralId.toString(), UUID.randomUUID().toString())
                .replace("\"consentRecordedOn\": \"2025-05-06\", ", "");
        assertThat(noConsent).doesNotContain("consentRecordedOn");
        String poisonKey = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer();
             KafkaProbe dlt = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), REFERRAL_TOPIC + ".dlt")) {
            producer.send(record(REFERRAL_TOPIC, poisonKey, UUID.randomUUID().toString(), noConsent)).get();
            assertThat(dlt.await(r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(60))).hasSize(1);
        }
        assertThat(count("select count(*) as n from assistance_case")).isEqualTo(2);
    }

    private double referralOutcomes(String outcome) {
        var counter = meters.find("subsidy.assistance.referrals").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    // ---------------------------------------------------------------- roles and bad input

    @Test
    void rolesAndOwnershipAreEnforced() {
        today("2025-09-15");
        String kg = registerKindergarten(APPLICANT, "归属测试幼儿园");
        send(HttpMethod.POST, "/kindergartens", OFFICER, q(KINDERGARTEN.formatted("x"))).expectStatus().isForbidden();
        send(HttpMethod.GET, "/kindergartens/" + kg, OTHER_APPLICANT, null).expectStatus().isNotFound();
        send(HttpMethod.POST, "/kindergartens/" + kg + "/children", OTHER_APPLICANT,
                "{\"childRef\": \"Z\", \"birthDate\": \"2021-01-01\", \"enteredOn\": \"2024-09-01\"}")
                .expectStatus().isNotFound();
        send(HttpMethod.POST, "/kindergarten/notices", APPLICANT, "{\"applicationIds\": [\"" + UUID.randomUUID() + "\"]}")
                .expectStatus().isForbidden();
        send(HttpMethod.POST, "/kindergartens/" + kg + "/findings", APPLICANT,
                "{\"ground\": \"CLOSURE_OR_STATUS_LOSS\", \"eventOn\": \"2025-09-01\"}").expectStatus().isForbidden();
        send(HttpMethod.GET, "/payments", APPLICANT, null).expectStatus().isForbidden();
        // an idempotent replay returns the first response and writes nothing more
        String key = "reg-" + UUID.randomUUID();
        String first = web.post().uri(API + "/kindergartens").header("Authorization", APPLICANT)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(q(KINDERGARTEN.formatted("重放幼儿园"))).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();
        long before = count("select count(*) as n from kindergarten");
        String again = web.post().uri(API + "/kindergartens").header("Authorization", APPLICANT)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(q(KINDERGARTEN.formatted("重放幼儿园"))).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("id").asString();
        assertThat(again).isEqualTo(first);
        assertThat(count("select count(*) as n from kindergarten")).isEqualTo(before);
    }

    record Bad(HttpMethod method, String path, String token, String body, int status, String field) {
    }

    @Test
    void badInputOnEveryCommandIsAProblemNamingTheFieldAndWritesNothing() {
        today("2025-09-15");
        Approved approved = approvedWithOneChild("校验幼儿园", "K1");
        String kg = approved.kindergarten();
        String application = approved.application();
        String submitted = body(send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("{'kindergartenId': '"
                + kg + "', 'year': 2026, 'kinds': ['PER_CHILD'], 'documents': []}")).expectStatus().isCreated())
                .path("id").asString();
        today("2025-12-31");
        String notice = body(send(HttpMethod.POST, "/kindergarten/notices", OFFICER,
                "{\"applicationIds\": [\"" + application + "\"], \"publishedOn\": \"2025-09-15\"}")
                .expectStatus().isCreated()).path("id").asString();
        String objection = body(send(HttpMethod.POST, "/kindergarten/notices/" + notice + "/objections", OFFICER,
                "{\"applicationId\": \"" + application + "\", \"receivedOn\": \"2025-09-16\", \"summary\": \"x\"}")
                .expectStatus().isCreated()).path("id").asString();

        String base = "/kindergartens/" + kg;
        List<Bad> bad = List.of(
                new Bad(HttpMethod.POST, "/kindergartens", APPLICANT, q("{'address': 'a', 'classes': 1, "
                        + "'capacity': 1, 'monthlyFeeStandard': 1, 'feeItems': []}"), 422, "name"),
                new Bad(HttpMethod.POST, "/kindergartens", APPLICANT, q("{'name': 'n', 'address': 'a', 'classes': 0, "
                        + "'capacity': 1, 'monthlyFeeStandard': 1, 'feeItems': []}"), 422, "classes"),
                new Bad(HttpMethod.POST, base + "/children", APPLICANT, q("{'childRef': 'X', 'birthDate': 'May 1st', "
                        + "'enteredOn': '2024-09-01'}"), 400, "birthDate"),
                new Bad(HttpMethod.POST, base + "/children", APPLICANT, q("{'childRef': 'X', 'birthDate': '2021-01-01', "
                        + "'enteredOn': '2020-09-01'}"), 422, "enteredOn"),
                new Bad(HttpMethod.POST, base + "/children", APPLICANT, q("{'childRef': 'X', 'birthDate': '2021-01-01', "
                        + "'enteredOn': '2026-09-01'}"), 422, "enteredOn"),
                new Bad(HttpMethod.POST, base + "/children/K1/leaving", APPLICANT, q("{'graduated': true}"), 422, "leftOn"),
                new Bad(HttpMethod.POST, base + "/children/K1/leaving", APPLICANT, q("{'leftOn': '2020-01-01'}"), 422,
                        "leftOn"),
                new Bad(HttpMethod.POST, base + "/graduations", APPLICANT, q("{'graduatedOn': '2025-07-10', "
                        + "'childRefs': ['K1', 'NOBODY']}"), 422, "childRefs[1]"),
                new Bad(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("{'kindergartenId': '" + kg
                        + "', 'year': 2027, 'kinds': ['RENT'], 'documents': []}"), 422, "rent"),
                new Bad(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("{'kindergartenId': '" + kg
                        + "', 'year': 2024, 'kinds': ['PER_CHILD'], 'documents': []}"), 422, "year"),
                new Bad(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("{'kindergartenId': '" + kg
                        + "', 'year': 2027, 'kinds': ['PER_CHILD', 'TUITION'], 'documents': []}"), 400, "kinds[1]"),
                new Bad(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("{'kindergartenId': '" + kg
                        + "', 'year': 2027, 'kinds': ['RENT'], 'documents': [], 'rent': " + RENT.replace("2025-12-31",
                        "2024-12-31") + "}"), 422, "rent.periodEnd"),
                new Bad(HttpMethod.PUT, "/kindergarten/applications/" + application + "/documents", APPLICANT,
                        q("{'documents': ['OPERATING_LICENCE', 'SELFIE']}"), 400, "documents[1]"),
                new Bad(HttpMethod.POST, "/kindergarten/applications/" + submitted + "/eligibility-review", OFFICER,
                        q("{'recognisedInclusive': true, 'records': [{'type': 'SAFETY_ACCIDENT'}]}"), 422,
                        "records[0].occurredOn"),
                new Bad(HttpMethod.POST, "/kindergarten/applications/" + application + "/decision", OFFICER,
                        q("{'reason': 'no approve flag'}"), 422, "approve"),
                new Bad(HttpMethod.POST, "/kindergarten/notices", OFFICER, q("{'applicationIds': []}"), 422,
                        "applicationIds"),
                new Bad(HttpMethod.POST, "/kindergarten/notices", OFFICER, q("{'applicationIds': ['" + application
                        + "'], 'publishedOn': '2026-01-02'}"), 422, "publishedOn"),
                new Bad(HttpMethod.POST, "/kindergarten/notices", OFFICER, q("{'applicationIds': ['" + application
                        + "'], 'publishedOn': '2025-09-15', 'workingDays': 4}"), 422, "workingDays"),
                new Bad(HttpMethod.POST, "/kindergarten/notices/" + notice + "/objections", OFFICER,
                        q("{'applicationId': '" + application + "', 'summary': ' '}"), 422, "summary"),
                new Bad(HttpMethod.POST, "/kindergarten/notices/" + notice + "/objections", OFFICER,
                        q("{'applicationId': '" + UUID.randomUUID() + "', 'receivedOn': '2025-09-16', 'summary': 'x'}"),
                        422, "applicationId"),
                new Bad(HttpMethod.POST, "/kindergarten/notices/" + notice + "/objections/" + objection + "/resolution",
                        OFFICER, q("{'outcome': 'FORGOTTEN'}"), 400, "outcome"),
                new Bad(HttpMethod.POST, "/kindergarten/notices/" + notice + "/objections/" + objection + "/resolution",
                        OFFICER, q("{'outcome': 'WITHDRAWN', 'resolvedOn': '2025-09-01'}"), 422, "resolvedOn"),
                new Bad(HttpMethod.POST, base + "/findings", OFFICER, q("{'ground': 'FINANCIAL_MISCONDUCT'}"), 422,
                        "discoveredOn"),
                new Bad(HttpMethod.POST, base + "/findings", OFFICER, q("{'ground': 'IMPROPER_FEES', "
                        + "'violationStartedOn': '2025-10-01', 'discoveredOn': '2025-09-01', "
                        + "'rectificationDeadline': '2025-12-01'}"), 422, "discoveredOn"),
                new Bad(HttpMethod.POST, base + "/findings", OFFICER, q("{'ground': 'CLOSURE_OR_STATUS_LOSS', "
                        + "'eventOn': '2026-01-01'}"), 422, "eventOn"),
                new Bad(HttpMethod.POST, "/programme-applications", APPLICANT, q("{'programme': 'INDUSTRIAL_FINANCE', "
                        + "'projectId': 'p', 'eventDate': '2025-03-01', 'standing': {}}"), 422, "industrialFinance"),
                new Bad(HttpMethod.POST, "/programme-applications", APPLICANT, q("{'programme': 'INDUSTRIAL_FINANCE', "
                        + "'projectId': 'p', 'eventDate': '2025-03-01', 'standing': {}, 'industrialFinance': "
                        + "{'article03': {'companyType': 'FINANCIAL_LEASING', 'contractAmount': -1, "
                        + "'financingProvided': 1}}}"), 422, "industrialFinance.article03.contractAmount"),
                new Bad(HttpMethod.POST, "/programme-applications", APPLICANT, q("{'programme': 'YOUTH_EMPLOYMENT', "
                        + "'projectId': 'p', 'youthEmployment': {'employerIsEnterprise': true, 'hires': "
                        + "[{'personId': 'x', 'category': 'REGISTERED_UNEMPLOYED_YOUTH', 'hiredOn': '2025-03-01', "
                        + "'fullInsuranceMonths': 3}]}}"), 422, "youthEmployment.hires[0].birthDate"),
                new Bad(HttpMethod.POST, "/programme-applications", APPLICANT, q("{'programme': 'LOTTERY', "
                        + "'projectId': 'p'}"), 400, "programme"));
        for (Bad b : bad) {
            long before = writes();
            JsonNode problem = problem(send(b.method(), b.path(), b.token(), b.body()), b.status());
            assertThat(errorFields(problem)).as("%s %s: %s", b.method(), b.path(), problem).contains(b.field());
            assertThat(writes()).as("nothing written by %s %s", b.method(), b.path()).isEqualTo(before);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static final String KINDERGARTEN = """
            {'name': '%s', 'address': '北京经济技术开发区荣华中路1号', 'classes': 6, 'capacity': 180,
             'monthlyFeeStandard': 750, 'feeItems': [{'item': '保育教育费', 'standard': 750, 'unit': '元/月'},
             {'item': '伙食费', 'standard': 20, 'unit': '元/天'}]}""";

    private static final String RENT = """
            {'actualRentPerSquareMetrePerDay': 6.2, 'leasedArea': 1000, 'children': 100, 'perChildAreaCap': 9,
             'periodStart': '2025-01-01', 'periodEnd': '2025-12-31', 'signedWithOwner': true,
             'newKindergarten': true, 'leaseStart': '2024-09-01', 'leaseEnd': '2030-08-31',
             'thirdPartyAppraisalReport': true}""";

    private static final String ALL_DOCUMENTS = "['OPERATING_LICENCE', 'LEGAL_PERSON_CERTIFICATE', "
            + "'CURRENT_FEE_STANDARD', 'FEE_COMMITMENT', 'CHILDREN_ROSTER', 'STAFF_ROSTER', "
            + "'REGISTERED_BANK_ACCOUNT', 'APPLICATION_AND_CALCULATION']";

    private static String review(String inspectionGrade, String accidentOn) {
        return q("""
                {'recognisedInclusive': true, 'admissionsFollowPublicKindergartenRules': true,
                 'records': [{'type': 'SAFETY_ACCIDENT', 'occurredOn': '%s'}],
                 'meetsOperatingAndSafetyConditions': true,
                 'annualInspection': {'year': 2024, 'grade': '%s'}, 'municipalSupervision': 'GOOD'}""")
                .formatted(accidentOn, inspectionGrade);
    }

    private String registerKindergarten(String token, String name) {
        return body(send(HttpMethod.POST, "/kindergartens", token, q(KINDERGARTEN.formatted(name)))
                .expectStatus().isCreated()).path("id").asString();
    }

    private void enter(String kg, String ref, String born, String entered, boolean autumnIntake) {
        send(HttpMethod.POST, "/kindergartens/" + kg + "/children", APPLICANT,
                "{\"childRef\": \"" + ref + "\", \"birthDate\": \"" + born + "\", \"enteredOn\": \"" + entered
                        + "\", \"autumnIntake\": " + autumnIntake + "}").expectStatus().isCreated();
    }

    /** A kindergarten and its approved per-child application. */
    private record Approved(String kindergarten, String application) {
    }

    /** A new kindergarten with one child (entered at the 2024 autumn intake) and its approved 2025 application. */
    private Approved approvedWithOneChild(String name, String childRef) {
        String kg = registerKindergarten(APPLICANT, name);
        enter(kg, childRef, "2021-02-01", "2024-09-01", true);
        return new Approved(kg, approvedPerChildApplication(kg));
    }

    /** An objection received today against {@code application} on {@code notice}; returns its id. */
    private String object(String notice, String application, String summary) {
        return body(send(HttpMethod.POST, "/kindergarten/notices/" + notice + "/objections", OFFICER,
                "{\"applicationId\": \"" + application + "\", \"summary\": \"" + summary + "\"}")
                .expectStatus().isCreated()).path("id").asString();
    }

    /** A per-child application for 2025 with every document, reviewed clean and approved today. */
    private String approvedPerChildApplication(String kg) {
        String id = body(send(HttpMethod.POST, "/kindergarten/applications", APPLICANT, q("{'kindergartenId': '" + kg
                + "', 'year': 2025, 'kinds': ['PER_CHILD'], 'documents': " + ALL_DOCUMENTS + "}"))
                .expectStatus().isCreated()).path("id").asString();
        send(HttpMethod.POST, "/kindergarten/applications/" + id + "/eligibility-review", OFFICER,
                review("EXCELLENT", "2020-01-01")).expectStatus().isOk();
        send(HttpMethod.POST, "/kindergarten/applications/" + id + "/decision", OFFICER, "{\"approve\": true}")
                .expectStatus().isOk();
        return id;
    }

    /** Every table a command can write, plus the outbox and the idempotency records. */
    private long writes() {
        return count("""
                select (select count(*) from kindergarten) + (select count(*) from kindergarten_child)
                     + (select count(*) from kindergarten_child where left_on is not null)
                     + (select count(*) from kindergarten_application)
                     + (select count(*) from kindergarten_application where status <> 'IN_NOTICE')
                     + (select count(*) from public_notice) + (select count(*) from notice_entry)
                     + (select count(*) from objection) + (select count(*) from objection where status <> 'STANDING')
                     + (select count(*) from payment) + (select count(*) from finding) + (select count(*) from clawback)
                     + (select count(*) from programme_application) + (select count(*) from programme_claim)
                     + (select count(*) from outbox_event) + (select count(*) from idempotency_key) as n""");
    }

    private void awaitCount(String sql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(sql) < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count(sql)).as(sql).isEqualTo(expected);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String eventId, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, topic.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
