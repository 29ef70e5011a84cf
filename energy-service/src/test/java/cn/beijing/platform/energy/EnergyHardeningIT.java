package cn.beijing.platform.energy;

import static cn.beijing.platform.energy.EnergyRequests.AUTHORITY;
import static cn.beijing.platform.energy.EnergyRequests.DISTRICT;
import static cn.beijing.platform.energy.EnergyRequests.OWNER;
import static cn.beijing.platform.energy.EnergyRequests.consumption;
import static cn.beijing.platform.energy.EnergyRequests.largeOffice;
import static cn.beijing.platform.energy.EnergyRequests.limit;
import static cn.beijing.platform.energy.EnergyRequests.reading;
import static cn.beijing.platform.energy.EnergyRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.api.ApiResponse;
import cn.beijing.platform.test.api.ApiRobustnessTests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Bad input from outside (issue 10): control characters, unbounded numbers and dates out of range are refused with
 * 400/422 naming the field and write nothing; the conversion factors a rating uses are the ones the API shows. With
 * the platform's API robustness tests (fuzz, numeric bounds, scoped roles) over every endpoint, seeded from
 * {@code api-seeds.yaml}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
@Import(FixedClock.class)
class EnergyHardeningIT extends ApiRobustnessTests {

    @Test
    void aNulInABuildingNameIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = tables().snapshot();
        ApiResponse response = api().post(OWNER, "/api/energy/buildings", with(largeOffice("Tower\u0000One", "HAIDIAN")));
        assertRefused(response, "name");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aNulInTheDistrictQueryParameterIsRefusedNamingIt() {
        assertRefused(api().get(DISTRICT, "/api/energy/buildings?district=%00"), "district");
        assertRefused(api().get(DISTRICT, "/api/energy/buildings?district=HAI%00DIAN"), "district");
    }

    @Test
    void aControlCharacterInAPathVariableIsRefused() {
        ApiResponse response = api().get(DISTRICT, "/api/energy/spot-checks/%00/2025");
        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.problem()).as(response.toString()).isTrue();
    }

    @Test
    void datesOutsideTheAcceptedRangeAreRefusedNamingTheField() {
        Map<String, Long> before = tables().snapshot();
        assertRefused(api().put(AUTHORITY, "/api/energy/conversion-factors/-0001-01-01", factors()), "validFrom");
        assertRefused(api().post(OWNER, "/api/energy/scope-evaluations", Map.of("totalArea", 30000, "publicArea", 24000,
                "decisionDate", "-0001-01-01")), "decisionDate");
        assertRefused(api().get(OWNER, "/api/energy/conversion-factors?date=0001-01-01"), "date");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void hugeNumbersAreRefusedQuicklyNamingTheField() {
        for (String huge : List.of("1e308", "1e2000000", "1" + "0".repeat(399), "0." + "0".repeat(398) + "1")) {
            String body = "{\"totalArea\": " + huge + ", \"publicArea\": 24000}";
            ApiResponse response = api().send(org.springframework.http.HttpMethod.POST, "/api/energy/scope-evaluations",
                    OWNER, org.springframework.http.MediaType.APPLICATION_JSON, body);
            assertRefused(response, "totalArea");
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
        }
    }

    /**
     * 京建法〔2024〕12号 takes effect on 2025-02-01 (第十六条) and its first annual rating, due by 2025-06-30 (第八条),
     * rates the consumption of 2024: the factors that rating uses are in force on 2024-12-31, and the API says so.
     */
    @Test
    void theFactorsShownForTheLastDayOfTheFirstRatedYearAreTheOnesItsRatingUses() {
        ApiResponse shown = api().get(OWNER, "/api/energy/conversion-factors?date=2024-12-31");
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        String version = shown.json().path("version").asString();

        assertThat(api().put(AUTHORITY, "/api/energy/intensity-limits/2024", List.of(limit("OFFICE", 20, 30))).status())
                .isEqualTo(200);
        String id = new EnergyRequests(web, null).register(OWNER, largeOffice("Factor Tower 2024", "HAIDIAN"));
        assertThat(api().put(OWNER, "/api/energy/buildings/" + id + "/consumption/2024",
                consumption(List.of(reading("ELECTRICITY", 100000)), List.of())).status()).isEqualTo(200);
        ApiResponse rated = api().post(OWNER, "/api/energy/buildings/" + id + "/ratings/2024", null);
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        List<String> cited = new java.util.ArrayList<>();
        for (JsonNode basis : rated.json().path("basis")) {
            if ("第四条".equals(basis.path("article").asString())) {
                cited.add(basis.path("parameters").asString());
            }
        }
        assertThat(String.join(",", cited)).contains(version);

        // before the first rated year nothing is in force
        assertRefused(api().get(OWNER, "/api/energy/conversion-factors?date=2023-12-31"), "date");
    }

    private static List<Map<String, Object>> factors() {
        return List.of(Map.of("carrier", "ELECTRICITY", "factor", 0.1229), Map.of("carrier", "NATURAL_GAS",
                        "factor", 1.2143), Map.of("carrier", "HEAT", "factor", 34.12),
                Map.of("carrier", "COAL", "factor", 714.3), Map.of("carrier", "LPG", "factor", 1.7143));
    }

}
