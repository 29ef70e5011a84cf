package cn.beijing.platform.guardianship.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.TestTokens;
import cn.beijing.platform.test.api.ApiResponse;
import cn.beijing.platform.test.api.ApiRobustnessTests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * Bad input from outside (issue 10) and scoped roles: control characters are refused naming the field and write
 * nothing but the audit row of the attempt; a supervisor without an {@code agency} claim sees nothing. With the
 * platform's API robustness tests (fuzz, numeric bounds, scoped roles) seeded from {@code api-seeds.yaml}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class GuardianshipHardeningIT extends ApiRobustnessTests {

    static final String BASE = "/api/guardianship/assessments";
    static final String AGENCY = "dongcheng-civil-affairs";
    static final String SUPERVISOR = TestTokens.bearer("sup-dongcheng", AGENCY, "GUARDIANSHIP_SUPERVISOR");

    @Test
    void aNulInATeamMembersSubjectIsRefusedNamingTheFieldAndNothingIsWritten() {
        String id = open();
        Map<String, Long> before = tables().snapshot();
        ApiResponse response = api().post(SUPERVISOR, BASE + "/" + id + "/team-assignments", Map.of("date", "2025-03-04",
                "mode", "SELF_ORGANISED", "members", List.of(
                        Map.of("subject", "assessor\u0000a", "role", "AGENCY_STAFF", "conflictOfInterest", false),
                        Map.of("subject", "assessor-b", "role", "SOCIAL_WORK_PROFESSIONAL",
                                "conflictOfInterest", false))));
        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.problem()).isTrue();
        assertThat(response.fields()).as(response.toString()).contains("members[0].subject");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aSupervisorWithoutAnAgencyClaimSeesNoAssessment() {
        String id = open();
        String noAgency = TestTokens.bearer("sup-nowhere", null, "GUARDIANSHIP_SUPERVISOR");
        ApiResponse listing = api().get(noAgency, BASE);
        assertThat(listing.status()).as(listing.toString()).isEqualTo(403);
        assertThat(listing.body()).doesNotContain(id);
        ApiResponse read = api().send(org.springframework.http.HttpMethod.GET, BASE + "/" + id, noAgency, null, null);
        assertThat(read.status()).as(read.toString()).isEqualTo(404);
    }

    String open() {
        ApiResponse opened = api().post(SUPERVISOR, BASE, Map.of("date", "2025-03-03", "agency", "CIVIL_AFFAIRS",
                "trigger", "RETURN_TO_GUARDIAN_AFTER_TEMPORARY_GUARDIANSHIP", "minorSex", "F",
                "minorBirthDate", "2016-05-20", "guardians", List.of(Map.of("relationship", "MOTHER")),
                "householdSubDistrictCode", "110101001"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().path("id").asString();
    }
}
