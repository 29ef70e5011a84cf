package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public-building energy rating through the gateway (issue 3, acceptance 1–3): the calculators at their edges;
 * register → import limits → report two years with excluded loads → rate both years → the second consecutive grade 5
 * raises the retrofit obligation, and the renewal ledger, fed only by {@code energy.building-rated.v1}, shows the
 * building as a class-2 old building; bad input names the field and writes nothing. Runs on the real clock: the
 * rated years 2024 and 2025 have ended.
 */
class EnergyThroughGatewayIT {

    private static final String AUTHORITY = PlatformUnderTest.bearer("e2e-energy-authority", "MUNICIPAL",
            "ENERGY_AUTHORITY");
    private static final String DISTRICT = PlatformUnderTest.bearer("e2e-energy-district", "HAIDIAN",
            "ENERGY_DISTRICT");

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final WebTestClient gateway = platform.gateway();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void calculatorsAnswerAsApiMdSaysThroughTheGateway() {
        String anyone = PlatformUnderTest.bearer("e2e-energy-viewer", "ANY", "STATISTICS");
        JsonNode large = expect(200, post("/api/energy/scope-evaluations", anyone, Map.of("totalArea", 20000.01,
                "publicArea", 15000, "stateSecret", false, "stateOrganOffice", false)));
        assertThat(large.path("ratingRequired").asBoolean()).isTrue();
        assertThat(large.path("largePublicBuilding").asBoolean()).isTrue();
        assertThat(large.path("statisticsMandatory").asBoolean()).isTrue();
        assertThat(large.path("basis").get(0).path("document").asString()).isEqualTo("京建法〔2024〕12号");
        JsonNode atThreshold = expect(200, post("/api/energy/scope-evaluations", anyone, Map.of("totalArea", 20000,
                "publicArea", 15000, "stateSecret", false, "stateOrganOffice", false)));
        assertThat(atThreshold.path("largePublicBuilding").asBoolean()).isFalse();

        assertThat(expect(200, post("/api/energy/grade-evaluations", anyone, Map.of("intensity", 54,
                "guideValue", 20, "constraintValue", 30))).path("grade").asInt()).isEqualTo(4);
        JsonNode five = expect(200, post("/api/energy/grade-evaluations", anyone, Map.of("intensity", 54.01,
                "guideValue", 20, "constraintValue", 30)));
        assertThat(five.path("grade").asInt()).isEqualTo(5);
        assertThat(texts(five.path("obligations"), null)).containsExactly("DEEP_AUDIT", "EQUIPMENT_DIAGNOSIS");
        invalid(post("/api/energy/grade-evaluations", anyone, Map.of("intensity", 10, "guideValue", 31,
                "constraintValue", 30)), 422, "guideValue");
    }

    @Test
    void twoGradeFiveYearsRaiseTheRetrofitAndMakeAClassTwoOldBuildingThroughTheGateway() throws SQLException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String owner = PlatformUnderTest.bearer("e2e-energy-owner-" + marker, "OWNER_CO", "ENERGY_OWNER");
        String ownerName = "E2E Tower Owner " + marker;
        Map<String, Object> building = building("E2E Tower " + marker, "e2e-district-" + marker, ownerName);

        // bad input writes nothing
        long before = rows();
        invalid(post("/api/energy/buildings", owner, with(building, "totalArea", -1)), 422, "totalArea");
        invalid(post("/api/energy/buildings", owner, with(building, "publicArea", 30001)), 422, "publicArea");
        invalid(post("/api/energy/buildings", owner, with(building, "buildingType", "CASTLE")), 400, "buildingType");
        assertThat(rows()).isEqualTo(before);

        JsonNode registered = expect(201, post("/api/energy/buildings", owner, building));
        String id = registered.path("id").asString();
        assertThat(registered.path("ratingRequired").asBoolean()).isTrue();
        assertThat(registered.path("largePublicBuilding").asBoolean()).isTrue();
        String base = "/api/energy/buildings/" + id;

        for (int year : new int[] {2024, 2025}) {
            JsonNode table = expect(200, put("/api/energy/intensity-limits/" + year, AUTHORITY, List.of(
                    Map.of("buildingType", "OFFICE", "guideValue", 20, "constraintValue", 30),
                    Map.of("buildingType", "HOTEL", "guideValue", 30, "constraintValue", 45))));
            assertThat(table.path("sample").asBoolean()).isFalse();
        }
        expect(200, put(base + "/consumption/2024", owner, Map.of(
                "consumption", List.of(Map.of("carrier", "ELECTRICITY", "quantity", 12000000),
                        Map.of("carrier", "NATURAL_GAS", "quantity", 10000)),
                "excludedLoads", List.of(Map.of("category", "DATA_CENTER", "carrier", "ELECTRICITY",
                        "quantity", 1000000)))));
        expect(200, put(base + "/consumption/2025", owner, Map.of(
                "consumption", List.of(Map.of("carrier", "ELECTRICITY", "quantity", 12500000),
                        Map.of("carrier", "HEAT", "quantity", 1000)),
                "excludedLoads", List.of(Map.of("category", "DATA_CENTER", "carrier", "ELECTRICITY",
                                "quantity", 1000000),
                        Map.of("category", "EV_CHARGING", "carrier", "ELECTRICITY", "quantity", 500000)))));

        String unreported = expect(201, post("/api/energy/buildings", owner,
                building("E2E Empty " + marker, "e2e-district-" + marker, ownerName))).path("id").asString();
        before = rows();
        invalid(put(base + "/consumption/2024", owner, Map.of("consumption",
                List.of(Map.of("carrier", "STEAM", "quantity", 1)))), 400, "consumption[0].carrier");
        invalid(post(base + "/ratings/2023", owner, null), 422, "year");
        invalid(post("/api/energy/buildings/" + unreported + "/ratings/2024", owner, null), 422, "consumption");
        assertThat(rows()).isEqualTo(before);

        JsonNode first = expect(201, post(base + "/ratings/2024", owner, null));
        assertThat(first.path("grade").asInt()).isEqualTo(5);
        assertThat(first.path("intensity").decimalValue()).isEqualByComparingTo("56.84");
        assertThat(first.path("ratingDeadline").asString()).isEqualTo("2025-06-30");
        JsonNode second = expect(201, post(base + "/ratings/2025", owner, null));
        assertThat(second.path("grade").asInt()).isEqualTo(5);
        assertThat(texts(second.path("raisedObligations"), "code")).contains("RETROFIT_REQUIRED");

        JsonNode view = expect(200, get(base, DISTRICT));
        assertThat(texts(view.path("grades"), "grade")).containsExactly("5", "5");
        assertThat(texts(view.path("openObligations"), "code")).contains("RETROFIT_REQUIRED");

        // the renewal ledger hears of the ratings only through energy.building-rated.v1
        JsonNode renewal = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            renewal = expect(200, get(base, DISTRICT)).path("renewal");
            if (renewal.path("classTwo").asBoolean()) {
                break;
            }
            sleep();
        }
        assertThat(renewal.path("classTwo").asBoolean()).as(String.valueOf(renewal)).isTrue();
        assertThat(texts(renewal.path("reasons"), null)).containsExactly("CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE");

        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "energy.building-rated.v1",
                "energy.old-building-identified.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 3,
                    Duration.ofSeconds(60));
            assertThat(records).extracting(ConsumerRecord::topic).containsExactlyInAnyOrder(
                    "energy.building-rated.v1", "energy.building-rated.v1", "energy.old-building-identified.v1");
            records.forEach(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(ownerName));
        }
    }

    private static Map<String, Object> building(String name, String district, String ownerName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("district", district);
        body.put("buildingType", "OFFICE");
        body.put("totalArea", 30000);
        body.put("publicArea", 24000);
        body.put("stateSecret", false);
        body.put("stateOrganOffice", false);
        body.put("yearBuilt", 2010);
        body.put("seismicAppraisedAndReinforced", true);
        body.put("otherSafetyHazardUnresolved", false);
        body.put("energyRetrofitted", false);
        body.put("owner", ownerName);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private WebTestClient.ResponseSpec post(String uri, String token, Object body) {
        WebTestClient.RequestBodySpec spec = gateway.post().uri(uri).header("Authorization", token);
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String uri, String token, Object body) {
        return gateway.put().uri(uri).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String uri, String token) {
        return gateway.get().uri(uri).header("Authorization", token).exchange();
    }

    private JsonNode expect(int status, WebTestClient.ResponseSpec response) {
        String body = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody();
        return json.readTree(body);
    }

    private void invalid(WebTestClient.ResponseSpec response, int status, String field) {
        JsonNode problem = json.readTree(response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(texts(problem.path("errors"), "field")).as(problem.toString()).contains(field);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.path(field).asString()));
        return out;
    }

    /** Rows of the energy database's building, report, rating, obligation and outbox tables. */
    private long rows() throws SQLException {
        return platform.count(PlatformUnderTest.App.ENERGY, """
                select (select count(*) from building) + (select count(*) from consumption_report)
                     + (select count(*) from consumption_line) + (select count(*) from rating)
                     + (select count(*) from obligation) + (select count(*) from outbox_event) as n
                """);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
