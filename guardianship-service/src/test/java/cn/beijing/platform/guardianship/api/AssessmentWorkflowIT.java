package cn.beijing.platform.guardianship.api;

import static cn.beijing.platform.guardianship.api.JsonTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import cn.beijing.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The assessment workflow against the real PostgreSQL and Kafka: every gate of 京民儿福发〔2024〕103号 refusing
 * out-of-order steps, the police and assistance referrals on the broker without personal data, invalidation keeping
 * the history, confidentiality (404 for everyone but the agency's supervisors and the assigned assessors) with
 * every access in the audit trail, and bad input naming the field and writing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "platform.outbox.poll-interval=100ms")
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class AssessmentWorkflowIT extends GuardianshipServiceTests {

    private static final String BASE = "/api/guardianship/assessments";
    private static final String TRAIL = "/api/guardianship/audit-trail";
    private static final String MEASURES = "京民儿福发〔2024〕103号";
    private static final String RELIEF = "京民社救发〔2024〕111号";
    private static final String AGENCY = "haidian-civil-affairs";

    private static final String SUPERVISOR = TestTokens.bearer("sup-haidian", AGENCY, "GUARDIANSHIP_SUPERVISOR");
    private static final String OTHER_AGENCY_SUPERVISOR =
            TestTokens.bearer("sup-chaoyang", "chaoyang-civil-affairs", "GUARDIANSHIP_SUPERVISOR");
    private static final String ASSESSOR_A = TestTokens.bearer("assessor-a", AGENCY, "GUARDIANSHIP_ASSESSOR");
    private static final String ASSESSOR_B = TestTokens.bearer("assessor-b", "haidian-social-work", "GUARDIANSHIP_ASSESSOR");
    private static final String UNASSIGNED_ASSESSOR = TestTokens.bearer("assessor-x", AGENCY, "GUARDIANSHIP_ASSESSOR");
    private static final String OPS = TestTokens.bearer("ops-1", "platform-ops", "OPS");
    private static final String REASON = "quarterly case review";

    /** The minor's personal data: must never leave the database except to authorised readers. */
    private static final String BIRTH_DATE = "2016-05-20";
    private static final LocalDate OPENED = LocalDate.of(2025, 3, 3);

    @Test
    void walksAnAssessmentFromOpeningToReportWithEveryGateEnforced(CapturedOutput output) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String evidence = "evidence-" + marker + " 家中长期无成年人照看";
        String recording = "REC-" + marker;
        String recommendation = "recommendation-" + marker + " 家庭教育指导";
        String consentReference = "CONSENT-" + marker;
        String statement = "statement-" + marker + " 材料系伪造";

        // opening (第四条: the return after temporary guardianship is mandatory)
        JsonNode opened = expect(201, post(BASE, SUPERVISOR, openBody(BIRTH_DATE)));
        String id = opened.path("id").asString();
        String path = BASE + "/" + id;
        assertThat(opened.path("stage").asString()).isEqualTo("OPENED");
        assertThat(opened.path("mandatory").asBoolean()).isTrue();
        assertThat(opened.path("minorBirthDate").asString()).isEqualTo(BIRTH_DATE);
        assertThat(opened.path("householdReference").asString()).startsWith("HH-");
        assertThat(texts(opened.path("history").get(0).path("basis"), "article")).contains("第四条", "第五条");

        // team assignment is checked (第六条, 第七条)
        refused(post(path + "/team-assignments", SUPERVISOR, ownTeam(day(1), "assessor-a", "assessor-b", true)),
                "MEMBER_RECUSAL_REQUIRED", MEASURES, "第七条");
        refused(post(path + "/team-assignments", SUPERVISOR, Map.of("date", day(1), "mode", "SELF_ORGANISED",
                        "members", List.of(member("assessor-a", "AGENCY_STAFF", false)))),
                "TEAM_COMPOSITION_INCOMPLETE", MEASURES, "第六条");
        refused(post(path + "/team-assignments", SUPERVISOR, entrustedTeam(day(1), true)),
                "ENTRUSTMENT_NOT_COMPLIANT", MEASURES, "第七条");
        expect(200, post(path + "/team-assignments", SUPERVISOR, ownTeam(day(1), "assessor-a", "assessor-b", false)));
        // recording a visit is the assessors' work, not the supervisor's
        post(path + "/visits", SUPERVISOR, visit(day(2), true, recording, true)).expectStatus().isForbidden();

        // out of order: no written notice yet (第十条), no visit (第九条), no findings (第十二条), no report (第十三条)
        refused(post(path + "/visits", ASSESSOR_A, visit(day(2), true, recording, true)),
                "WRITTEN_NOTICE_MISSING", MEASURES, "第十条");
        refused(post(path + "/findings", ASSESSOR_A, findings(day(2), evidence, false)),
                "NO_ONSITE_VISIT", MEASURES, "第九条");
        refused(post(path + "/report", ASSESSOR_A, report(day(2), "HIGH", recommendation, null)),
                "FINDINGS_NOT_RECORDED", MEASURES, "第十二条");
        refused(post(path + "/problems-notice", ASSESSOR_A, Map.of("date", day(2))),
                "REPORT_NOT_ISSUED", MEASURES, "第十三条");
        refused(post(path + "/assistance-referrals", ASSESSOR_A, assistance(day(2), day(2), consentReference)),
                "REPORT_NOT_ISSUED", MEASURES, "第十二条");
        refused(post(path + "/invalidation", SUPERVISOR, invalidation(day(2), statement)),
                "NO_CONCLUSION_TO_INVALIDATE", MEASURES, "第十八条");

        // 第十条: written notice, once
        JsonNode notified = expect(200, post(path + "/written-notice", SUPERVISOR, Map.of("date", day(3))));
        assertThat(notified.path("writtenNoticeOn").asString()).isEqualTo(day(3));
        refused(post(path + "/written-notice", ASSESSOR_A, Map.of("date", day(3))),
                "WRITTEN_NOTICE_ALREADY_GIVEN", MEASURES, "第十条");
        // a visit dated before the notice is bad input naming the date
        invalid(post(path + "/visits", ASSESSOR_A, visit(day(2), true, recording, true)), 422, "date");

        // 第十一条: two credentialed assessors, a woman for a girl, the recording archived, the views of a minor of 8
        JsonNode badVisit = refused(post(path + "/visits", ASSESSOR_A, visit(day(4), false, "", false)),
                "VISIT_TEAM_NOT_COMPLIANT", MEASURES, "第十一条");
        assertThat(texts(badVisit.path("refusals"), "code")).contains("RECORDING_NOT_ARCHIVED", "MINOR_VIEWS_NOT_RECORDED");
        assertThat(badVisit.toString()).contains("NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR").doesNotContain(BIRTH_DATE);
        JsonNode visited = expect(200, post(path + "/visits", ASSESSOR_B, visit(day(4), true, recording, true)));
        assertThat(visited.path("visits").get(0).path("minorAgeYears").asInt()).isEqualTo(8);
        assertThat(visited.path("visits").get(0).path("minorInterviewRequired").asBoolean()).isTrue();

        // findings per indicator with evidence; serious harm suspected criminal → police referral at once (第十四条)
        long eventsBefore = count("select count(*) as n from assessment_event where assessment_id = '" + id + "'");
        invalid(post(path + "/findings", ASSESSOR_A, Map.of("date", day(5), "findings", List.of(
                finding("A1.1", true, evidence), finding("Z9.9", true, evidence)))), 422, "findings[1].indicatorCode");
        assertThat(count("select count(*) as n from assessment_event where assessment_id = '" + id + "'"))
                .isEqualTo(eventsBefore);
        JsonNode found = expect(200, post(path + "/findings", ASSESSOR_A, findings(day(5), evidence, true)));
        assertThat(found.path("findings").path("overallRisk").asString()).isEqualTo("HIGH");
        assertThat(texts(found.path("findings").path("highRiskFindings"))).containsExactly("A2.2.2");
        assertThat(found.path("findings").path("items").get(0).path("evidenceNote").asString()).isEqualTo(evidence);
        assertThat(found.path("findings").path("items").get(1).path("risk").asString()).isEqualTo("HIGH");
        assertThat(found.path("policeReferrals").size()).isEqualTo(1);
        String policeReferralId = found.path("policeReferrals").get(0).path("referralId").asString();
        assertThat(found.path("policeReferrals").get(0).path("category").asString()).isEqualTo("SERIOUS_HARM_TO_MINOR");
        assertThat(found.path("policeReportDue").asBoolean()).isFalse();

        // 第十二条: three conclusions; a conclusion differing from the computed risk needs a reason; recommendations
        JsonNode badReport = refused(post(path + "/report", ASSESSOR_A, report(day(6), "MEDIUM", null, null)),
                "DIFFERING_RISK_CONCLUSION_WITHOUT_REASON", MEASURES, "第十二条");
        assertThat(texts(badReport.path("refusals"), "code")).contains("RECOMMENDATIONS_MISSING");
        JsonNode reported = expect(200, post(path + "/report", ASSESSOR_A,
                report(day(6), "MEDIUM", recommendation, "the grandmother has since moved in")));
        assertThat(reported.path("stage").asString()).isEqualTo("REPORTED");
        assertThat(reported.path("report").path("riskConclusion").asString()).isEqualTo("MEDIUM");
        assertThat(reported.path("report").path("computedRisk").asString()).isEqualTo("HIGH");
        assertThat(reported.path("report").path("dutyProperlyFulfilled").asBoolean()).isFalse();
        assertThat(reported.path("report").path("hasGuardianshipCapacity").asBoolean()).isTrue();
        assertThat(reported.path("report").path("valid").asBoolean()).isTrue();
        refused(post(path + "/visits", ASSESSOR_B, visit(day(7), true, recording, true)),
                "REPORT_ALREADY_ISSUED", MEASURES, "第十二条");

        // 第十六条: no fee, ever
        refused(post(path + "/fees", SUPERVISOR, Map.of("date", day(7), "amount", 0)), "FEE_NOT_PERMITTED", MEASURES, "第十六条");
        refused(post(path + "/fees", ASSESSOR_A, Map.of("date", day(7), "amount", 200)), "FEE_NOT_PERMITTED", MEASURES, "第十六条");

        // 第十三条: problems and recommendations notified in writing
        assertThat(expect(200, post(path + "/problems-notice", ASSESSOR_A, Map.of("date", day(7))))
                .path("stage").asString()).isEqualTo("PROBLEMS_NOTIFIED");

        // assistance only with the family's recorded consent (京民社救发〔2024〕111号 二(二)4)
        Map<String, Object> withoutConsent = new HashMap<>(assistance(day(8), day(8), consentReference));
        withoutConsent.remove("consent");
        refused(post(path + "/assistance-referrals", ASSESSOR_A, withoutConsent), "CONSENT_NOT_RECORDED", RELIEF, "二(二)4");
        refused(post(path + "/assistance-referrals", ASSESSOR_A, assistance(day(8), day(9), consentReference)),
                "CONSENT_NOT_RECORDED", RELIEF, "二(二)4");
        assertThat(count("select count(*) as n from outbox_event where topic = 'guardianship.assistance-referral.v1'"
                + " and aggregate_id = '" + id + "'")).isZero();
        JsonNode referred = expect(200, post(path + "/assistance-referrals", ASSESSOR_A,
                assistance(day(8), day(8), consentReference)));
        String assistanceReferralId = referred.path("assistanceReferrals").get(0).path("referralId").asString();
        assertThat(referred.path("assistanceReferrals").get(0).path("channel").asString())
                .isEqualTo("SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY");

        // 第十八条: invalidation keeps the history and is published; the assessment is closed
        post(path + "/invalidation", ASSESSOR_A, invalidation(day(9), statement)).expectStatus().isForbidden();
        JsonNode invalidated = expect(200, post(path + "/invalidation", SUPERVISOR, invalidation(day(9), statement)));
        assertThat(invalidated.path("stage").asString()).isEqualTo("INVALIDATED");
        assertThat(invalidated.path("report").path("valid").asBoolean()).isFalse();
        assertThat(invalidated.path("report").path("riskConclusion").asString()).isEqualTo("MEDIUM");
        assertThat(texts(invalidated.path("history"), "type")).containsExactly("AssessmentOpened", "TeamAssigned",
                "WrittenNoticeGiven", "VisitConducted", "FindingsRecorded", "PoliceReported", "ReportIssued",
                "ProblemsNotified", "AssistanceReferred", "ConclusionInvalidated");
        refused(post(path + "/assistance-referrals", ASSESSOR_A, assistance(day(10), day(10), consentReference)),
                "ASSESSMENT_INVALIDATED", MEASURES, "第十八条");
        assertThat(count("select count(*) as n from assessment_event where assessment_id = '" + id + "'")).isEqualTo(10);

        // what reached the broker: ids, codes, dates and basis only
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(),
                "guardianship.police-referral.v1", "guardianship.assistance-referral.v1",
                "guardianship.conclusion-invalidated.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
            assertThat(records).hasSize(3);
            records.forEach(r -> assertThat(EventSchemas.violations(r.topic(), r.value())).as(r.topic()).isEmpty());
            ConsumerRecord<String, byte[]> police = only(records, "guardianship.police-referral.v1");
            ConsumerRecord<String, byte[]> help = only(records, "guardianship.assistance-referral.v1");
            ConsumerRecord<String, byte[]> invalid = only(records, "guardianship.conclusion-invalidated.v1");
            assertThat(KafkaProbe.header(police, "ce_type")).isEqualTo("guardianship.police-referral.v1");
            assertThat(KafkaProbe.header(police, "ce_subject")).isEqualTo(id);

            JsonNode policeBody = json.readTree(police.value());
            assertThat(fieldNames(policeBody)).containsExactlyInAnyOrder("referralId", "assessmentId", "referringAgency",
                    "category", "referredOn", "basis");
            assertThat(policeBody.path("referralId").asString()).isEqualTo(policeReferralId);
            assertThat(policeBody.path("category").asString()).isEqualTo("SERIOUS_HARM_TO_MINOR");
            assertThat(policeBody.path("basis").get(0).path("article").asString()).isEqualTo("第十四条");

            JsonNode helpBody = json.readTree(help.value());
            assertThat(helpBody.path("referralId").asString()).isEqualTo(assistanceReferralId);
            assertThat(helpBody.path("householdReference").asString()).isEqualTo(opened.path("householdReference").asString());
            assertThat(helpBody.path("need").asString()).isEqualTo("PRESCHOOL_EDUCATION_AID");
            assertThat(helpBody.path("kind").asString()).isEqualTo("GOVERNMENT_RELIEF");
            assertThat(helpBody.path("districtCode").asString()).isEqualTo("110108");
            assertThat(helpBody.path("subDistrictCode").asString()).isEqualTo("110108001");
            assertThat(helpBody.path("consentRecordedOn").asString()).isEqualTo(day(8));

            JsonNode invalidBody = json.readTree(invalid.value());
            assertThat(invalidBody.path("ground").asString()).isEqualTo("FALSE_REPORT");
            assertThat(texts(invalidBody.path("assistanceReferralIds"))).containsExactly(assistanceReferralId);

            for (ConsumerRecord<String, byte[]> record : records) {
                String raw = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(raw).as(record.topic()).doesNotContain(BIRTH_DATE, "2016", "20160520", "minorSex",
                        "birth", "MOTHER", "GRANDPARENT", "guardian", marker, "assessor-a", "assessor-b",
                        "evidence", "statement", "recommendation");
                record.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8))
                        .doesNotContain(BIRTH_DATE, marker));
            }
            assertThat(new String(police.value(), StandardCharsets.UTF_8)).doesNotContain("HH-", "110108001");
        }
        // nor in the logs
        assertThat(output.getAll()).doesNotContain(BIRTH_DATE, marker);
    }

    @Test
    void onlyTheAgencysSupervisorsAndTheAssignedAssessorsSeeAnAssessmentAndEveryReadIsAudited() {
        JsonNode opened = expect(201, post(BASE, SUPERVISOR, openBody(BIRTH_DATE)));
        String id = opened.path("id").asString();
        String path = BASE + "/" + id;
        expect(200, post(path + "/team-assignments", SUPERVISOR, ownTeam(day(1), "assessor-a", "assessor-b", false)));
        long events = count("select count(*) as n from assessment_event where assessment_id = '" + id + "'");

        // 404 (not 403) for another agency's supervisor, an unassigned assessor and every other role
        notFound(read(path, OTHER_AGENCY_SUPERVISOR, REASON));
        notFound(read(path, UNASSIGNED_ASSESSOR, null));
        notFound(read(path, OPS, REASON));
        notFound(read(BASE + "/" + UUID.randomUUID(), SUPERVISOR, REASON));
        notFound(post(path + "/written-notice", OTHER_AGENCY_SUPERVISOR, Map.of("date", day(2))));
        notFound(post(path + "/visits", UNASSIGNED_ASSESSOR, visit(day(2), true, "REC-1", true)));
        notFound(read(path + "/audit-trail", OTHER_AGENCY_SUPERVISOR, REASON));
        assertThat(count("select count(*) as n from assessment_event where assessment_id = '" + id + "'")).isEqualTo(events);

        // the assigned assessor reads without a reason; a supervisor must give one
        read(path, ASSESSOR_A, null).expectStatus().isOk();
        invalid(read(path, SUPERVISOR, null), 422, "X-Access-Reason");
        JsonNode seen = expect(200, read(path, SUPERVISOR, REASON));
        assertThat(seen.path("minorBirthDate").asString()).isEqualTo(BIRTH_DATE);
        // the audit trail is for the agency's supervisors only
        read(path + "/audit-trail", ASSESSOR_A, null).expectStatus().isForbidden();

        // a new team replaces the old one: the previous assessors no longer see the assessment
        expect(200, post(path + "/team-assignments", SUPERVISOR, ownTeam(day(2), "assessor-c", "assessor-d", false)));
        notFound(read(path, ASSESSOR_A, null));

        JsonNode trail = expect(200, read(path + "/audit-trail", SUPERVISOR, REASON));
        List<String> entries = new ArrayList<>();
        trail.forEach(e -> entries.add(e.path("action").asString() + " " + e.path("subject").asString() + " "
                + e.path("outcome").asString()));
        assertThat(entries).containsExactly(
                "OPEN sup-haidian DONE",
                "ASSIGN_TEAM sup-haidian DONE",
                "READ sup-chaoyang NOT_FOUND",
                "READ assessor-x NOT_FOUND",
                "READ ops-1 NOT_FOUND",
                "GIVE_WRITTEN_NOTICE sup-chaoyang NOT_FOUND",
                "RECORD_VISIT assessor-x NOT_FOUND",
                "READ_AUDIT_TRAIL sup-chaoyang NOT_FOUND",
                "READ assessor-a DONE",
                "READ sup-haidian INVALID",
                "READ sup-haidian DONE",
                "READ_AUDIT_TRAIL assessor-a FORBIDDEN",
                "ASSIGN_TEAM sup-haidian DONE",
                "READ assessor-a NOT_FOUND",
                "READ_AUDIT_TRAIL sup-haidian DONE");
        JsonNode supervisorRead = trail.get(10);
        assertThat(supervisorRead.path("reason").asString()).isEqualTo(REASON);
        assertThat(supervisorRead.path("roles").asString()).isEqualTo("GUARDIANSHIP_SUPERVISOR");
        assertThat(supervisorRead.path("agency").asString()).isEqualTo(AGENCY);
        assertThat(supervisorRead.path("at").asString()).isNotBlank();
        // the probe with an unknown id is recorded too, but belongs to no agency's trail
        assertThat(count("select count(*) as n from access_audit where assessment_agency_id is null and action = 'READ'"
                + " and subject = 'sup-haidian'")).isGreaterThanOrEqualTo(1);
        assertThat(trail.toString()).doesNotContain(BIRTH_DATE);

        // listings: own agency / own assignments only, no personal data
        JsonNode mine = expect(200, web.get().uri(BASE).header("Authorization", SUPERVISOR).exchange());
        assertThat(texts(mine, "id")).contains(id);
        assertThat(mine.toString()).doesNotContain(BIRTH_DATE, "HH-");
        assertThat(texts(expect(200, web.get().uri(BASE).header("Authorization", OTHER_AGENCY_SUPERVISOR).exchange()), "id"))
                .doesNotContain(id);
        assertThat(texts(expect(200, web.get().uri(BASE).header("Authorization",
                TestTokens.bearer("assessor-c", AGENCY, "GUARDIANSHIP_ASSESSOR")).exchange()), "id")).contains(id);
        assertThat(texts(expect(200, web.get().uri(BASE).header("Authorization", UNASSIGNED_ASSESSOR).exchange()), "id"))
                .doesNotContain(id);
        web.get().uri(BASE).header("Authorization", OPS).exchange().expectStatus().isForbidden();
    }

    /**
     * {@code GET /api/guardianship/audit-trail}: a supervisor lists their own agency's whole trail — every access to
     * its assessments, including other agencies' denied attempts on them — newest first in disjoint keyset pages, and
     * never an entry of another agency's assessment or a probe on an unknown id. Other roles get 403 (a role-gated
     * collection reveals nothing about any assessment, so the 404 rule of single assessments does not apply).
     */
    @Test
    void aSupervisorListsTheTrailOfTheirOwnAgencyOnlyNewestFirstInDisjointPages() {
        String supA = TestTokens.bearer("sup-fengtai", "fengtai-civil-affairs", "GUARDIANSHIP_SUPERVISOR");
        String supB = TestTokens.bearer("sup-xicheng", "xicheng-civil-affairs", "GUARDIANSHIP_SUPERVISOR");
        String assessorA = TestTokens.bearer("assessor-fengtai", "fengtai-civil-affairs", "GUARDIANSHIP_ASSESSOR");
        String a1 = expect(201, post(BASE, supA, openBody(BIRTH_DATE))).path("id").asString();
        String b1 = expect(201, post(BASE, supB, openBody(BIRTH_DATE))).path("id").asString();
        String unknown = UUID.randomUUID().toString();
        notFound(read(BASE + "/" + a1, supB, REASON));          // B's denied attempt on A's assessment: in A's trail
        notFound(read(BASE + "/" + b1, supA, REASON));          // an attempt on B's assessment: B's trail, not A's
        notFound(read(BASE + "/" + unknown, supA, REASON));     // a probe on an unknown id: no agency's trail
        expect(200, read(BASE + "/" + a1, supA, REASON));
        expect(200, read(BASE + "/" + b1, supB, REASON));
        expect(200, read(BASE + "/" + b1 + "/audit-trail", supB, REASON));

        // other roles: 403, audited (in the trail of the caller's agency claim)
        read(TRAIL, assessorA, REASON).expectStatus().isForbidden();
        read(TRAIL, OPS, REASON).expectStatus().isForbidden();
        // the reason is required, as for every supervisor read; the attempt without one is audited
        invalid(read(TRAIL, supA, null), 422, "X-Access-Reason");

        JsonNode listing = expect(200, read(TRAIL, supA, REASON));
        assertThat(listing.has("nextCursor")).isFalse();
        JsonNode entries = listing.path("entries");
        List<String> seen = new ArrayList<>();
        entries.forEach(e -> seen.add(e.path("action").asString() + " " + e.path("subject").asString() + " "
                + e.path("outcome").asString() + " " + (e.has("assessmentId") ? e.path("assessmentId").asString() : "-")));
        assertThat(seen).containsExactly(
                "LIST_AGENCY_AUDIT_TRAIL sup-fengtai DONE -",
                "LIST_AGENCY_AUDIT_TRAIL sup-fengtai INVALID -",
                "LIST_AGENCY_AUDIT_TRAIL assessor-fengtai FORBIDDEN -",
                "READ sup-fengtai DONE " + a1,
                "READ sup-xicheng NOT_FOUND " + a1,
                "OPEN sup-fengtai DONE " + a1);
        assertThat(entries.get(0).path("reason").asString()).isEqualTo(REASON);
        assertThat(entries.get(4).path("agency").asString()).isEqualTo("xicheng-civil-affairs");
        List<Long> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.path("id").asLong()));
        assertThat(ids).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(listing.toString()).doesNotContain(b1, unknown, BIRTH_DATE, "HH-", "sup-haidian", "platform-ops");
        // B's supervisor sees B's entries (including A's denied attempt on B's assessment), none of A's
        JsonNode other = expect(200, read(TRAIL, supB, REASON));
        assertThat(other.toString()).contains(b1, "sup-fengtai").doesNotContain(a1, unknown, BIRTH_DATE);

        // filters
        JsonNode denied = expect(200, read(TRAIL + "?outcome=NOT_FOUND", supA, REASON)).path("entries");
        assertThat(denied.size()).isEqualTo(1);
        assertThat(denied.get(0).path("subject").asString()).isEqualTo("sup-xicheng");
        assertThat(expect(200, read(TRAIL + "?subject=sup-xicheng", supA, REASON)).path("entries").size()).isEqualTo(1);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        assertThat(expect(200, read(TRAIL + "?from=" + today + "&to=" + today + "&outcome=DONE&subject=sup-fengtai",
                supA, REASON)).path("entries").size()).isGreaterThanOrEqualTo(3);
        assertThat(expect(200, read(TRAIL + "?from=" + tomorrow, supA, REASON)).path("entries").size()).isZero();
        assertThat(expect(200, read(TRAIL + "?to=2000-01-01T00:00:00Z", supA, REASON)).path("entries").size()).isZero();

        // keyset pages of 2: disjoint, newest first, together exactly the agency's rows up to the first page's top
        List<Long> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = expect(200, read(TRAIL + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), supA,
                    REASON));
            List<Long> pageIds = new ArrayList<>();
            page.path("entries").forEach(e -> pageIds.add(e.path("id").asLong()));
            assertThat(pageIds).hasSizeLessThanOrEqualTo(2).noneMatch(paged::contains);
            if (!paged.isEmpty()) {
                assertThat(pageIds).allMatch(id -> id < paged.get(paged.size() - 1));
            }
            paged.addAll(pageIds);
            cursor = page.has("nextCursor") ? page.path("nextCursor").asString() : null;
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(paged).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        List<Long> expected = db.sql("select id from access_audit where assessment_agency_id = 'fengtai-civil-affairs'"
                        + " and id <= " + paged.get(0) + " order by id desc")
                .map(row -> row.get("id", Long.class)).all().collectList().block();
        assertThat(paged).isEqualTo(expected);
        assertThat(pages).isEqualTo((expected.size() + 1) / 2);

        // bad parameters: 422 naming each field, nothing written
        long before = allRows();
        invalid(read(TRAIL + "?from=2025-13-01", supA, REASON), 422, "from");
        invalid(read(TRAIL + "?to=yesterday", supA, REASON), 422, "to");
        invalid(read(TRAIL + "?from=2025-03-02&to=2025-03-01", supA, REASON), 422, "from");
        invalid(read(TRAIL + "?limit=0", supA, REASON), 422, "limit");
        invalid(read(TRAIL + "?limit=501", supA, REASON), 422, "limit");
        invalid(read(TRAIL + "?limit=ten", supA, REASON), 422, "limit");
        invalid(read(TRAIL + "?cursor=abc", supA, REASON), 422, "cursor");
        invalid(read(TRAIL + "?outcome=MAYBE", supA, REASON), 422, "outcome");
        JsonNode several = invalid(read(TRAIL + "?from=03/01/2025&limit=1000", supA, REASON), 422, "from");
        assertThat(several.toString()).contains("\"limit\"");
        invalid(read(TRAIL, supA, "x".repeat(501)), 422, "X-Access-Reason");
        assertThat(allRows()).isEqualTo(before);
        // the largest page is allowed
        expect(200, read(TRAIL + "?limit=500", supA, REASON));
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = allRows();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        // a birth date in the future (after the opening date)
        Map<String, Object> future = new HashMap<>(openBody(tomorrow));
        future.put("date", today);
        JsonNode problem = invalid(post(BASE, SUPERVISOR, future), 422, "minorBirthDate");
        assertThat(problem.toString()).doesNotContain(tomorrow);
        // not a minor on the opening date: the message does not reveal the birth date
        JsonNode adult = invalid(post(BASE, SUPERVISOR, openBody("2000-01-15")), 422, "minorBirthDate");
        assertThat(adult.path("errors").get(0).path("message").asString())
                .isEqualTo("the person is not a minor on the opening date");
        // a step date in the future
        Map<String, Object> futureDate = new HashMap<>(openBody(BIRTH_DATE));
        futureDate.put("date", tomorrow);
        invalid(post(BASE, SUPERVISOR, futureDate), 422, "date");
        // a guardian's name cannot even be sent
        Map<String, Object> named = new HashMap<>(openBody(BIRTH_DATE));
        named.put("guardians", List.of(Map.of("relationship", "MOTHER", "name", "Zhang San")));
        JsonNode unknown = invalid(post(BASE, SUPERVISOR, named), 400, "guardians[0].name");
        assertThat(unknown.toString()).doesNotContain("Zhang San");
        // wrong enum, wrong code, missing field
        Map<String, Object> badTrigger = new HashMap<>(openBody(BIRTH_DATE));
        badTrigger.put("trigger", "CURIOSITY");
        invalid(post(BASE, SUPERVISOR, badTrigger), 400, "trigger");
        Map<String, Object> badCode = new HashMap<>(openBody(BIRTH_DATE));
        badCode.put("householdSubDistrictCode", "310101001");
        invalid(post(BASE, SUPERVISOR, badCode), 422, "householdSubDistrictCode");
        Map<String, Object> noSex = new HashMap<>(openBody(BIRTH_DATE));
        noSex.remove("minorSex");
        invalid(post(BASE, SUPERVISOR, noSex), 422, "minorSex");
        // roles that may not open assessments
        post(BASE, ASSESSOR_A, openBody(BIRTH_DATE)).expectStatus().isForbidden();
        post(BASE, OPS, openBody(BIRTH_DATE)).expectStatus().isForbidden();
        assertThat(allRows()).isEqualTo(before);

        // on an open assessment: a visit before the notice is refused (第十条) and writes no step
        String id = expect(201, post(BASE, SUPERVISOR, openBody(BIRTH_DATE))).path("id").asString();
        String path = BASE + "/" + id;
        expect(200, post(path + "/team-assignments", SUPERVISOR, ownTeam(day(1), "assessor-a", "assessor-b", false)));
        long steps = count("select count(*) as n from assessment_event where assessment_id = '" + id + "'");
        long outbox = count("select count(*) as n from outbox_event");
        refused(post(path + "/visits", ASSESSOR_A, visit(day(2), true, "REC-2", true)),
                "WRITTEN_NOTICE_MISSING", MEASURES, "第十条");
        expect(200, post(path + "/written-notice", SUPERVISOR, Map.of("date", day(3))));
        // ... a visit dated before the notice names the date
        invalid(post(path + "/visits", ASSESSOR_A, visit(day(2), true, "REC-2", true)), 422, "date");
        invalid(post(path + "/visits", ASSESSOR_A, Map.of("date", day(4), "assessors", List.of(
                Map.of("sex", "F", "credentialShown", true)), "recordingReference", "REC-2", "minorViewsRecorded", true)),
                422, "assessors[0].conflictOfInterest");
        expect(200, post(path + "/visits", ASSESSOR_A, visit(day(4), true, "REC-2", true)));
        // unknown indicator, missing evidence note
        invalid(post(path + "/findings", ASSESSOR_A, Map.of("date", day(5), "findings",
                List.of(finding("Q1.1", true, "note")))), 422, "findings[0].indicatorCode");
        invalid(post(path + "/findings", ASSESSOR_A, Map.of("date", day(5), "findings",
                List.of(Map.of("indicatorCode", "A1.1", "adverse", true)))), 422, "findings[0].evidenceNote");
        invalid(post(path + "/findings", ASSESSOR_A, Map.of("date", day(5), "findings",
                List.of(finding("A1.1", true, "n1"), finding("A1.1", false, "n2")))), 422, "findings[1].indicatorCode");
        assertThat(count("select count(*) as n from assessment_event where assessment_id = '" + id + "'"))
                .isEqualTo(steps + 2);
        assertThat(count("select count(*) as n from outbox_event")).isEqualTo(outbox);
        // every attempt that reached the assessment is in the trail, with how it ended (a body that fails Bean
        // Validation is refused before the assessment is looked at, and is not)
        assertThat(count("select count(*) as n from access_audit where assessment_id = '" + id + "' and outcome = 'INVALID'"))
                .isEqualTo(3);
        assertThat(count("select count(*) as n from access_audit where assessment_id = '" + id + "' and outcome = 'REFUSED'"))
                .isEqualTo(1);
    }

    @Test
    void aReplayedStepReturnsTheFirstResponseAndRecordsOneEvent() {
        String id = expect(201, post(BASE, SUPERVISOR, openBody(BIRTH_DATE))).path("id").asString();
        String path = BASE + "/" + id + "/written-notice";
        String key = "notice-" + id;
        String first = web.post().uri(path).header("Authorization", SUPERVISOR).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("date", day(1)))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String second = web.post().uri(path).header("Authorization", SUPERVISOR).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("date", day(1)))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(json.readTree(second)).isEqualTo(json.readTree(first));
        assertThat(count("select count(*) as n from assessment_event where assessment_id = '" + id
                + "' and event_type = 'WrittenNoticeGiven'")).isEqualTo(1);
    }

    @Test
    void anEntrustedThirdPartyAssessesAndAnExplicitPoliceReferralIsPublished() {
        String id = expect(201, post(BASE, SUPERVISOR, openBody(BIRTH_DATE))).path("id").asString();
        String path = BASE + "/" + id;
        JsonNode teamed = expect(200, post(path + "/team-assignments", SUPERVISOR, entrustedTeam(day(1), false)));
        assertThat(teamed.path("team").path("mode").asString()).isEqualTo("ENTRUSTED");
        assertThat(teamed.path("team").path("entrustment").path("organisation").path("registrationNumber").asString())
                .isEqualTo("52110000MJ0000000X");
        // the third party's assessor now sees the assessment; the agency's unassigned staff do not
        read(path, TestTokens.bearer("tp-assessor-1", "sunrise-social-work", "GUARDIANSHIP_ASSESSOR"), null)
                .expectStatus().isOk();
        notFound(read(path, ASSESSOR_A, null));
        refused(post(path + "/police-referrals", SUPERVISOR, Map.of("date", day(2), "grounds",
                        Map.of("seriousHarmToMinor", false, "otherSeriousInfringement", true,
                                "suspectedUnlawfulOrCriminal", false))),
                "POLICE_REPORT_GROUNDS_NOT_MET", MEASURES, "第十四条");
        JsonNode referred = expect(200, post(path + "/police-referrals", SUPERVISOR, Map.of("date", day(2), "grounds",
                Map.of("seriousHarmToMinor", false, "otherSeriousInfringement", true, "suspectedUnlawfulOrCriminal", true))));
        assertThat(referred.path("policeReferrals").get(0).path("category").asString())
                .isEqualTo("OTHER_SERIOUS_INFRINGEMENT");
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(),
                "guardianship.police-referral.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                    .contains("OTHER_SERIOUS_INFRINGEMENT").doesNotContain(BIRTH_DATE, "HH-", "tp-assessor");
        }
    }

    // ---- requests

    private static Map<String, Object> openBody(String birthDate) {
        return Map.of("date", OPENED.toString(), "agency", "CIVIL_AFFAIRS",
                "trigger", "RETURN_TO_GUARDIAN_AFTER_TEMPORARY_GUARDIANSHIP", "minorSex", "F", "minorBirthDate", birthDate,
                "guardians", List.of(Map.of("relationship", "MOTHER"), Map.of("relationship", "GRANDPARENT")),
                "householdSubDistrictCode", "110108001");
    }

    private static Map<String, Object> member(String subject, String role, boolean conflict) {
        return Map.of("subject", subject, "role", role, "conflictOfInterest", conflict);
    }

    private static Map<String, Object> ownTeam(String date, String staff, String professional, boolean conflict) {
        return Map.of("date", date, "mode", "SELF_ORGANISED", "members", List.of(
                member(staff, "AGENCY_STAFF", false), member(professional, "SOCIAL_WORK_PROFESSIONAL", conflict)));
    }

    private static Map<String, Object> entrustedTeam(String date, boolean criminalRecord) {
        Map<String, Object> assessor = new HashMap<>(Map.of("subject", "tp-assessor-1",
                "qualificationFields", List.of("SOCIAL_WORK"), "physicallyAndMentallyHealthy", true, "goodConduct", true,
                "unlawfulOrCriminalRecord", criminalRecord, "relevantWorkExperience", true, "interestInGuardian", false));
        Map<String, Object> second = new HashMap<>(assessor);
        second.put("subject", "tp-assessor-2");
        second.put("unlawfulOrCriminalRecord", false);
        second.put("qualificationFields", List.of("PSYCHOLOGY", "EDUCATION"));
        return Map.of("date", date, "mode", "ENTRUSTED", "entrustment", Map.of(
                "writtenAgreementSigned", true, "entrustedMattersSpecified", true,
                "organisation", Map.of("type", "SOCIAL_WORK_SERVICE", "registrationNumber", "52110000MJ0000000X",
                        "legallyRegistered", true, "experiencedInMinorProtectionOrAssessment", true,
                        "interestInGuardian", false),
                "assessors", List.of(assessor, second)));
    }

    private static Map<String, Object> visit(String date, boolean femaleAssessor, String recording, boolean views) {
        return Map.of("date", date, "assessors", List.of(
                        Map.of("sex", femaleAssessor ? "F" : "M", "credentialShown", true, "conflictOfInterest", false),
                        Map.of("sex", "M", "credentialShown", true, "conflictOfInterest", false)),
                "recordingReference", recording, "minorViewsRecorded", views);
    }

    private static Map<String, Object> finding(String code, boolean adverse, String note) {
        return Map.of("indicatorCode", code, "adverse", adverse, "evidenceNote", note);
    }

    private static Map<String, Object> findings(String date, String evidence, boolean seriousHarm) {
        return Map.of("date", date, "findings", List.of(finding("A1.1", true, evidence),
                        finding("A2.2.2", true, evidence), finding("B2.2", false, evidence)),
                "policeReportGrounds", Map.of("seriousHarmToMinor", seriousHarm, "otherSeriousInfringement", false,
                        "suspectedUnlawfulOrCriminal", seriousHarm));
    }

    private static Map<String, Object> report(String date, String risk, String recommendation, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "dutyProperlyFulfilled", false,
                "hasGuardianshipCapacity", true, "riskConclusion", risk,
                "recommendations", recommendation == null ? List.of() : List.of(recommendation)));
        if (reason != null) {
            body.put("reasonForDifferingRiskConclusion", reason);
        }
        return body;
    }

    private static Map<String, Object> assistance(String date, String consentOn, String consentReference) {
        return Map.of("date", date, "kind", "GOVERNMENT_RELIEF",
                "householdSituation", "NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF", "need", "PRESCHOOL_EDUCATION_AID",
                "consent", Map.of("recordedOn", consentOn, "reference", consentReference));
    }

    private static Map<String, Object> invalidation(String date, String statement) {
        return Map.of("date", date, "ground", "FALSE_REPORT", "statement", statement);
    }

    private static String day(int n) {
        return OPENED.plusDays(n).toString();
    }

    // ---- exchanges and assertions

    private WebTestClient.ResponseSpec read(String uri, String token, String reason) {
        WebTestClient.RequestHeadersSpec<?> spec = web.get().uri(uri).header("Authorization", token);
        if (reason != null) {
            spec = spec.header("X-Access-Reason", reason);
        }
        return spec.exchange();
    }

    /** 409 rule-violation with the code among the refusals, citing the document and article. */
    private JsonNode refused(WebTestClient.ResponseSpec response, String code, String document, String article) {
        String raw = response.expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode body = json.readTree(raw);
        assertThat(body.path("type").asString()).isEqualTo("urn:municipal-platform:problem:rule-violation");
        assertThat(texts(body.path("refusals"), "code")).as(raw).contains(code);
        boolean cited = false;
        for (JsonNode refusal : body.path("refusals")) {
            if (refusal.path("code").asString().equals(code)) {
                for (JsonNode basis : refusal.path("basis")) {
                    cited |= basis.path("document").asString().equals(document)
                            && basis.path("article").asString().equals(article);
                }
            }
        }
        assertThat(cited).as("%s cites %s %s: %s", code, document, article, raw).isTrue();
        assertThat(raw).doesNotContain(BIRTH_DATE);
        return body;
    }

    private JsonNode invalid(WebTestClient.ResponseSpec response, int status, String field) {
        String raw = response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode body = json.readTree(raw);
        List<String> fields = new ArrayList<>();
        body.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).as(raw).contains(field);
        assertThat(raw).doesNotContain(BIRTH_DATE);
        return body;
    }

    private void notFound(WebTestClient.ResponseSpec response) {
        String raw = response.expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(raw).contains("urn:municipal-platform:problem:not-found").doesNotContain(BIRTH_DATE, "HH-");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static ConsumerRecord<String, byte[]> only(List<ConsumerRecord<String, byte[]>> records, String topic) {
        List<ConsumerRecord<String, byte[]>> matching = records.stream().filter(r -> r.topic().equals(topic)).toList();
        assertThat(matching).as(topic).hasSize(1);
        return matching.get(0);
    }

    private long allRows() {
        return count("""
                select (select count(*) from assessment) + (select count(*) from assessment_event)
                     + (select count(*) from assessment_assignee) + (select count(*) from access_audit)
                     + (select count(*) from outbox_event) + (select count(*) from idempotency_key) as n
                """);
    }
}
