package cn.beijing.platform.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.subsidy.MutableClock;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.TestTokens;
import cn.beijing.platform.test.api.ApiResponse;
import cn.beijing.platform.test.api.ApiRobustnessTests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Defects found from outside (issue 10): a NUL in a kindergarten's name and a fee standard of 1e20 gave 500s; both
 * are now 400/422 naming the field, with nothing written. An applicant token without its organisation sees nothing.
 * With the platform's API robustness tests (fuzz, numeric bounds, scoped roles) seeded from {@code api-seeds.yaml}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class SubsidyHardeningIT extends ApiRobustnessTests {

    /** A working day with the 2025 holiday arrangement loaded, as the seeds' dates expect. */
    @TestConfiguration
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(LocalDate.of(2025, 9, 15));
        }
    }

    static final String API = "/api/subsidies";
    static final String APPLICANT = TestTokens.bearer("kg-clerk-h", "ORG-KG-H", "APPLICANT");

    @Test
    void aNulInAKindergartensNameIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = tables().snapshot();
        ApiResponse response = api().post(APPLICANT, API + "/kindergartens", with(kindergarten(), "name", "Sun\u0000flower"));
        assertRefused(response, "name");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aFeeStandardOf1e20IsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = tables().snapshot();
        String body = "{\"name\":\"Sunflower\",\"address\":\"1 Road\",\"classes\":3,\"capacity\":90,"
                + "\"monthlyFeeStandard\":1e20,\"feeItems\":[]}";
        ApiResponse response = api().send(HttpMethod.POST, API + "/kindergartens", APPLICANT, MediaType.APPLICATION_JSON,
                body);
        assertRefused(response, "monthlyFeeStandard");
        assertThat(response.status()).isEqualTo(422);
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void anApplicantWithoutItsOrganisationSeesNoKindergarten() {
        ApiResponse created = api().post(APPLICANT, API + "/kindergartens", kindergarten());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String noOrganisation = TestTokens.bearer("kg-clerk-x", null, "APPLICANT");
        ApiResponse listing = api().get(noOrganisation, API + "/kindergartens");
        assertThat(listing.status()).as(listing.toString()).isEqualTo(403);
        assertThat(listing.body()).doesNotContain(created.json().path("id").asString());
    }

    static Map<String, Object> kindergarten() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Sunflower Kindergarten");
        body.put("address", "1 Jinghai Road");
        body.put("classes", 3);
        body.put("capacity", 90);
        body.put("monthlyFeeStandard", 750);
        body.put("feeItems", List.of(Map.of("item", "tuition", "standard", 750, "unit", "month")));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

}
