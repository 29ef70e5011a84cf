package cn.beijing.platform.energy;

import static cn.beijing.platform.energy.EnergyRequests.AUTHORITY;
import static cn.beijing.platform.energy.EnergyRequests.DISTRICT;
import static cn.beijing.platform.energy.EnergyRequests.OTHER_OWNER;
import static cn.beijing.platform.energy.EnergyRequests.OWNER;
import static cn.beijing.platform.energy.EnergyRequests.STATISTICS;
import static cn.beijing.platform.energy.EnergyRequests.UTILITY;
import static cn.beijing.platform.energy.EnergyRequests.citations;
import static cn.beijing.platform.energy.EnergyRequests.consumption;
import static cn.beijing.platform.energy.EnergyRequests.excluded;
import static cn.beijing.platform.energy.EnergyRequests.json;
import static cn.beijing.platform.energy.EnergyRequests.largeOffice;
import static cn.beijing.platform.energy.EnergyRequests.limit;
import static cn.beijing.platform.energy.EnergyRequests.problem;
import static cn.beijing.platform.energy.EnergyRequests.reading;
import static cn.beijing.platform.energy.EnergyRequests.texts;
import static cn.beijing.platform.energy.EnergyRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.MediaType;
import cn.beijing.platform.energytest.PolicyErrorProbe;
import cn.beijing.platform.test.openapi.CalculatorExampleChecks;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the energy service against the real database (and broker): the calculators at each boundary of
 * docs/API.md and docs/POLICY.md, registration, reference data, consumption, rating, escalation, statistics, spot checks and
 * renewal — and, for every endpoint, bad input answered 400/422 problem+json naming the field with nothing written.
 * The SAMPLE guide/constraint table is loaded (as in the local profile): 2024 keeps it; 2025 is imported by the tests
 * that need official-looking values; 2026 has no table.
 */
@TestPropertySource(properties = "energy.sample-intensity-limits=true")
@Import(PolicyErrorProbe.class)
class EnergyApiIT extends EnergyServiceTests {

    // ------------------------------------------------------------------ calculators

    @ParameterizedTest(name = "total {0}, public {1}, secret {2}, organ {3} → rated {4}, large {5}, statistics {6}")
    @CsvSource({
            // 第三条: public area >= 3000 (below, at, above)
            "5000, 2999.99, false, false, false, false, false",
            "5000, 3000, false, false, true, false, false",
            "5000, 3000.01, false, false, true, false, false",
            // 第三条: share > 50 % (below, at, above)
            "6000.04, 3000.01, false, false, false, false, false",
            "6000, 3000, false, false, false, false, false",
            "6000, 3000.01, false, false, true, false, false",
            // 第八条 and 13号 第三条: area > 20000 (below, at, above)
            "19999.99, 15000, false, false, true, false, false",
            "20000, 15000, false, false, true, false, false",
            "20000.01, 15000, false, false, true, true, true",
            // 13号 第三条: state-organ office > 3000 with share > 50 % (below, at, above; share at 50 %)
            "2999.99, 2000, false, true, false, false, false",
            "3000, 2000, false, true, false, false, false",
            "3000.01, 2000, false, true, false, false, true",
            "4000, 2000, false, true, false, false, false",
            // 第三条第二款: state secrets are exempt from rating, not from the survey
            "5000, 4000, true, false, false, false, false",
            "30000, 24000, true, false, false, true, true"})
    void scopeEvaluationAtEveryBoundary(String total, String publicArea, boolean secret, boolean organ,
                                        boolean rated, boolean large, boolean statistics) {
        JsonNode d = json(api.post(OTHER_OWNER, "/api/energy/scope-evaluations", Map.of("totalArea",
                        new BigDecimal(total), "publicArea", new BigDecimal(publicArea), "stateSecret", secret,
                        "stateOrganOffice", organ))
                .expectStatus().isOk());
        assertThat(d.path("ratingRequired").asBoolean()).isEqualTo(rated);
        assertThat(d.path("largePublicBuilding").asBoolean()).isEqualTo(large);
        assertThat(d.path("statisticsMandatory").asBoolean()).isEqualTo(statistics);
        assertThat(d.path("decisionDate").asString()).isEqualTo("2027-02-15");
        assertThat(citations(d)).contains("京建法〔2024〕12号 第三条", "京建法〔2024〕13号 第三条");
        if (secret && !rated && d.path("exemptions").size() > 0) {
            assertThat(texts(d.path("exemptions"), null)).containsExactly("STATE_SECRET");
        }
        if (large) {
            assertThat(citations(d)).contains("京建法〔2024〕12号 第八条");
        }
    }

    @Test
    void scopeEvaluationRecordsExemptionsAndCitesParameters() {
        JsonNode secret = json(api.post(STATISTICS, "/api/energy/scope-evaluations", Map.of("totalArea", 5000,
                "publicArea", 4000, "stateSecret", true, "stateOrganOffice", false)).expectStatus().isOk());
        assertThat(texts(secret.path("exemptions"), null)).containsExactly("STATE_SECRET");
        assertThat(secret.path("basis").get(0).path("parameters").asString())
                .contains("rating-scope-public-area-minimum@2025-02-01");
        JsonNode central = json(api.post(STATISTICS, "/api/energy/scope-evaluations", Map.of("totalArea", 5000,
                "publicArea", 4000, "stateSecret", false, "stateOrganOffice", true, "centralGovernmentOffice", true,
                "decisionDate", "2025-02-01")).expectStatus().isOk());
        assertThat(central.path("ratingRequired").asBoolean()).isFalse();
        assertThat(texts(central.path("exemptions"), null)).containsExactly("CENTRAL_GOVERNMENT_OFFICE");
        assertThat(citations(central)).contains("京建法〔2024〕12号 第十五条(二)");
    }

    @ParameterizedTest(name = "E = {0} with G = 20, C = 30 → grade {1}")
    @CsvSource({
            "0, 1", "19.99, 1", "20, 1", "20.01, 2",        // G
            "29.99, 2", "30, 2", "30.01, 3",                 // C
            "44.99, 3", "45, 3", "45.01, 4",                 // 1.5·C
            "53.99, 4", "54, 4", "54.01, 5"})                // 1.8·C
    void gradeEvaluationAtEveryEdge(String intensity, int grade) {
        JsonNode d = json(api.post(UTILITY, "/api/energy/grade-evaluations", Map.of("intensity",
                new BigDecimal(intensity), "guideValue", 20, "constraintValue", 30)).expectStatus().isOk());
        assertThat(d.path("grade").asInt()).isEqualTo(grade);
        List<String> obligations = texts(d.path("obligations"), null);
        switch (grade) {
            case 1, 2 -> assertThat(obligations).isEmpty();
            case 3, 4 -> assertThat(obligations).containsExactly("GREEN_OPERATION_MANAGEMENT", "GENERAL_AUDIT_OFFERED");
            default -> assertThat(obligations).containsExactly("DEEP_AUDIT", "EQUIPMENT_DIAGNOSIS");
        }
        assertThat(d.path("labelEligible").asBoolean()).isTrue();
        assertThat(d.path("demonstrationEligible").asBoolean()).isEqualTo(grade <= 2);
        assertThat(d.path("greenBuildingLabelEligible").asBoolean()).isEqualTo(grade <= 4);
        assertThat(d.path("basis").get(0).path("document").asString()).isEqualTo("京建法〔2024〕12号");
        assertThat(d.path("basis").get(0).path("article").asString()).isEqualTo("第五条");
        assertThat(d.path("basis").get(0).path("parameters").asString())
                .isEqualTo("energy-grade-multipliers@2025-02-01");
        if (grade >= 3) {
            assertThat(citations(d)).contains("京建法〔2024〕12号 第九条");
        }
    }

    @Test
    void calculatorsRefuseBadInputNamingTheField() {
        Map<String, Long> before = api.snapshot();
        problem(api.post(OWNER, "/api/energy/scope-evaluations", Map.of("totalArea", -1, "publicArea", 0,
                "stateSecret", false, "stateOrganOffice", false)), 422, "totalArea");
        problem(api.post(OWNER, "/api/energy/scope-evaluations", Map.of("totalArea", 1000, "publicArea", -1,
                "stateSecret", false, "stateOrganOffice", false)), 422, "publicArea");
        problem(api.post(OWNER, "/api/energy/scope-evaluations", Map.of("totalArea", 1000, "publicArea", 1000.01,
                "stateSecret", false, "stateOrganOffice", false)), 422, "publicArea");
        problem(api.post(OWNER, "/api/energy/scope-evaluations", Map.of("publicArea", 10)), 422, "totalArea");
        problem(api.post(OWNER, "/api/energy/scope-evaluations", Map.of("totalArea", "big", "publicArea", 10)), 400,
                "totalArea");
        problem(api.post(OWNER, "/api/energy/scope-evaluations", Map.of("totalArea", 1000, "publicArea", 10,
                "decisionDate", "2025-01-31")), 422, "decisionDate");
        problem(api.post(OWNER, "/api/energy/grade-evaluations", Map.of("guideValue", 20, "constraintValue", 30)), 422,
                "intensity");
        problem(api.post(OWNER, "/api/energy/grade-evaluations", Map.of("intensity", 10, "guideValue", 31,
                "constraintValue", 30)), 422, "guideValue");
        problem(api.post(OWNER, "/api/energy/grade-evaluations", Map.of("intensity", -0.01, "guideValue", 20,
                "constraintValue", 30)), 422, "intensity");
        problem(api.post(OWNER, "/api/energy/grade-evaluations", Map.of("intensity", 10, "guideValue", 20,
                "constraintValue", 30, "colour", "red")), 400, "colour");
        api.client().post().uri("/api/energy/grade-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intensity", 10, "guideValue", 20, "constraintValue", 30)).exchange()
                .expectStatus().isUnauthorized();
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aPolicyInputErrorThatEscapesTheWorkflowsIsStill422NamingTheField() {
        problem(api.get(OWNER, "/test/escaped-policy-error"), 422, "decisionDate");
    }

    // ------------------------------------------------------------------ buildings

    @Test
    void registrationAnswersWithTheScopeDecisionAndItsBasis() {
        JsonNode b = json(api.post(OWNER, "/api/energy/buildings", largeOffice("Registered Tower", "海淀区"))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/energy/buildings/[0-9a-f-]{36}"));
        assertThat(b.path("ratingRequired").asBoolean()).isTrue();
        assertThat(b.path("largePublicBuilding").asBoolean()).isTrue();
        assertThat(b.path("statisticsMandatory").asBoolean()).isTrue();
        assertThat(b.path("ratingDeadlineApplies").asBoolean()).isTrue();
        assertThat(texts(b.path("statisticsCategories"), null)).containsExactly("LARGE_PUBLIC_BUILDING");
        assertThat(b.path("publicShare").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(b.path("reportingParty").asString()).isEqualTo("owner-1");
        assertThat(b.path("inRenewalScope").asBoolean()).isTrue();
        assertThat(b.path("scopeDecidedOn").asString()).isEqualTo("2027-02-15");
        assertThat(citations(b)).contains("京建法〔2024〕12号 第三条", "京建法〔2024〕12号 第八条", "京建法〔2024〕13号 第三条");

        String id = b.path("id").asString();
        JsonNode detail = json(api.get(OWNER, "/api/energy/buildings/" + id).expectStatus().isOk());
        assertThat(detail.path("name").asString()).isEqualTo("Registered Tower");
        assertThat(detail.path("ratingRequired").asBoolean()).isTrue();
        assertThat(detail.path("grades")).isEmpty();
        assertThat(detail.path("openObligations")).isEmpty();
        assertThat(detail.path("renewal").path("classTwo").asBoolean()).isFalse();
        api.get(OTHER_OWNER, "/api/energy/buildings/" + id).expectStatus().isNotFound();
        api.get(DISTRICT, "/api/energy/buildings/" + id).expectStatus().isOk();
        api.get(UTILITY, "/api/energy/buildings/" + id).expectStatus().isForbidden();
        api.get(OWNER, "/api/energy/buildings/" + UUID.randomUUID()).expectStatus().isNotFound();
        problem(api.get(OWNER, "/api/energy/buildings/not-a-uuid"), 400, "id");
    }

    @Test
    void registrationRefusesBadInputNamingTheFieldAndWritesNothing() {
        Map<String, Object> ok = largeOffice("Refused Tower", "海淀区");
        Map<String, Long> before = api.snapshot();
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "totalArea", -30000)), 422, "totalArea");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "publicArea", -1)), 422, "publicArea");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "publicArea", 30000.01)), 422, "publicArea");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "buildingType", "CASTLE")), 400, "buildingType");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "stateSecret", null)), 422, "stateSecret");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "name", " ")), 422, "name");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "yearBuilt", 2028)), 422, "yearBuilt");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "reportingParty", "someone-else")), 422,
                "reportingParty");
        problem(api.post(OWNER, "/api/energy/buildings", with(ok, "floors", 30)), 400, "floors");
        api.post(STATISTICS, "/api/energy/buildings", ok).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aReplayedRegistrationReturnsTheFirstResponseAndRegistersOnce() {
        String key = "register-" + UUID.randomUUID();
        Map<String, Object> body = largeOffice("Replayed Tower", "东城区");
        String first = api.client().post().uri("/api/energy/buildings").header("Authorization", OWNER)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        long buildings = api.count("select count(*) from building");
        String second = api.client().post().uri("/api/energy/buildings").header("Authorization", OWNER)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(second).isEqualTo(first);
        assertThat(api.count("select count(*) from building")).isEqualTo(buildings);
    }

    @Test
    void updateReDecidesTheScopeAndOnlyTheReportingPartyOrTheDistrictMayUpdate() {
        String id = api.register(OWNER, largeOffice("Shrinking Tower", "西城区"));
        JsonNode updated = json(api.put(OWNER, "/api/energy/buildings/" + id,
                with(largeOffice("Shrinking Tower", "西城区"), "publicArea", 2000)).expectStatus().isOk());
        assertThat(updated.path("ratingRequired").asBoolean()).isFalse();
        assertThat(updated.path("largePublicBuilding").asBoolean()).isFalse();
        assertThat(updated.path("statisticsMandatory").asBoolean()).isFalse();
        Map<String, Long> before = api.snapshot();
        api.put(OTHER_OWNER, "/api/energy/buildings/" + id, largeOffice("Taken Tower", "西城区"))
                .expectStatus().isNotFound();
        problem(api.put(OWNER, "/api/energy/buildings/" + id, with(largeOffice("X", "西城区"), "publicArea", 40000)),
                422, "publicArea");
        assertThat(api.snapshot()).isEqualTo(before);
        JsonNode byDistrict = json(api.put(DISTRICT, "/api/energy/buildings/" + id,
                with(largeOffice("Shrinking Tower", "西城区"), "reportingParty", "owner-2")).expectStatus().isOk());
        assertThat(byDistrict.path("reportingParty").asString()).isEqualTo("owner-2");
        api.get(OTHER_OWNER, "/api/energy/buildings/" + id).expectStatus().isOk();
    }

    @Test
    void buildingsAreListedAndFilteredAndOwnersSeeOnlyTheirOwn() {
        String hotel = api.register(DISTRICT, with(largeOffice("List Hotel", "LIST-D"), "buildingType", "HOTEL",
                "reportingParty", "owner-2"));
        String office = api.register(DISTRICT, with(largeOffice("List Office", "LIST-D"), "reportingParty", "owner-1"));
        JsonNode all = json(api.get(DISTRICT, "/api/energy/buildings?district=LIST-D").expectStatus().isOk());
        assertThat(texts(all, "id")).containsExactlyInAnyOrder(hotel, office);
        JsonNode hotels = json(api.get(AUTHORITY, "/api/energy/buildings?district=LIST-D&buildingType=HOTEL")
                .expectStatus().isOk());
        assertThat(texts(hotels, "id")).containsExactly(hotel);
        JsonNode own = json(api.get(OTHER_OWNER, "/api/energy/buildings?district=LIST-D").expectStatus().isOk());
        assertThat(texts(own, "id")).containsExactly(hotel);
        problem(api.get(DISTRICT, "/api/energy/buildings?grade=6"), 422, "grade");
        problem(api.get(DISTRICT, "/api/energy/buildings?obligation=SWEEP_THE_FLOOR"), 422, "obligation");
        problem(api.get(DISTRICT, "/api/energy/buildings?buildingType=CASTLE"), 400, "buildingType");
    }

    // ------------------------------------------------------------------ reference data

    @Test
    void theSampleTableIsLabelledAndNeverPresentedAsOfficial() {
        JsonNode sample = json(api.get(OWNER, "/api/energy/intensity-limits/2024").expectStatus().isOk());
        assertThat(sample.path("sample").asBoolean()).isTrue();
        assertThat(sample.path("notice").asString()).contains("SAMPLE").contains("NOT the guide/constraint values of"
                + " DB11/T 1413");
        assertThat(sample.path("rows")).hasSize(9);
        sample.path("rows").forEach(r -> assertThat(r.path("sample").asBoolean()).isTrue());
        api.get(OWNER, "/api/energy/intensity-limits/2031").expectStatus().isNotFound();
    }

    @Test
    void anImportReplacesTheYearAndABadTableIsRefusedListingEveryBadRow() {
        Map<String, Long> before = api.snapshot();
        Map<String, Object> missingGuide = new LinkedHashMap<>();
        missingGuide.put("buildingType", "SCHOOL");
        missingGuide.put("constraintValue", 15);
        JsonNode bad = problem(api.put(AUTHORITY, "/api/energy/intensity-limits/2025", List.of(
                limit("OFFICE", 20, 30),
                limit("HOTEL", 46, 45),
                limit("HOSPITAL", 35, -50),
                limit("CASTLE", 10, 20),
                missingGuide,
                limit("OFFICE", 21, 31))), 422, "[1].guideValue");
        assertThat(texts(bad.path("errors"), "field")).containsExactly("[1].guideValue", "[2].constraintValue",
                "[3].buildingType", "[4].guideValue", "[5].buildingType");
        problem(api.put(AUTHORITY, "/api/energy/intensity-limits/2025", List.of()), 422, "body");
        problem(api.put(AUTHORITY, "/api/energy/intensity-limits/2025", List.of(Map.of("buildingType", "OFFICE",
                "guideValue", "twenty", "constraintValue", 30))), 400, "[0].guideValue");
        api.put(OWNER, "/api/energy/intensity-limits/2025", List.of(limit("OFFICE", 20, 30)))
                .expectStatus().isForbidden();
        assertThat(api.snapshot()).isEqualTo(before);

        JsonNode imported = json(api.put(AUTHORITY, "/api/energy/intensity-limits/2025", officialLimits())
                .expectStatus().isOk());
        assertThat(imported.path("sample").asBoolean()).isFalse();
        assertThat(imported.has("notice")).isFalse();
        JsonNode read = json(api.get(STATISTICS, "/api/energy/intensity-limits/2025").expectStatus().isOk());
        assertThat(texts(read.path("rows"), "buildingType")).containsExactly("HOTEL", "OFFICE", "SCHOOL");
        assertThat(texts(read.path("rows"), "importedBy")).containsOnly("authority-1");
    }

    @Test
    void conversionFactorsInForceComeFromTheParameterFile() {
        JsonNode factors = json(api.get(OWNER, "/api/energy/conversion-factors").expectStatus().isOk());
        assertThat(factors.path("version").asString()).isEqualTo("energy-conversion-factors@2025-02-01");
        assertThat(factors.path("rows")).hasSize(7);
        JsonNode electricity = factors.path("rows").get(0);
        assertThat(electricity.path("carrier").asString()).isEqualTo("ELECTRICITY");
        assertThat(electricity.path("kgcePerUnit").decimalValue()).isEqualByComparingTo("0.1229");
        assertThat(factors.path("rows").get(6).path("countedInIntensity").asBoolean()).isFalse();
        // in force from the first day of the first rated year (2024) on, not before
        assertThat(json(api.get(OWNER, "/api/energy/conversion-factors?date=2024-01-01").expectStatus().isOk())
                .path("appliesFrom").asString()).isEqualTo("2024-01-01");
        problem(api.get(OWNER, "/api/energy/conversion-factors?date=2023-12-31"), 422, "date");
    }

    // ------------------------------------------------------------------ consumption

    @Test
    void consumptionReportsRefuseBadInputNamingTheFieldAndWriteNothing() {
        String id = api.register(OWNER, largeOffice("Metered Tower", "海淀区"));
        String path = "/api/energy/buildings/" + id + "/consumption/2025";
        Map<String, Long> before = api.snapshot();
        problem(api.put(OWNER, path, consumption(List.of(reading("STEAM", 10)), List.of())), 400,
                "consumption[0].carrier");
        problem(api.put(OWNER, path, consumption(List.of(reading("ELECTRICITY", -10)), List.of())), 422,
                "consumption[0].quantity");
        problem(api.put(OWNER, path, consumption(List.of(reading("ELECTRICITY", 100), reading("ELECTRICITY", 5)),
                List.of())), 422, "consumption[1].carrier");
        problem(api.put(OWNER, path, consumption(List.of(reading("ELECTRICITY", 100)),
                List.of(excluded("DATA_CENTER", "ELECTRICITY", 100.01)))), 422, "excludedLoads[0].quantity");
        problem(api.put(OWNER, path, consumption(List.of(reading("WATER", 100)),
                List.of(excluded("LAB_EQUIPMENT", "WATER", 1)))), 422, "excludedLoads[0].carrier");
        problem(api.put(OWNER, path, consumption(List.of(reading("ELECTRICITY", 100)),
                List.of(excluded("AQUARIUM", "ELECTRICITY", 1)))), 400, "excludedLoads[0].category");
        problem(api.put(OWNER, path, consumption(List.of(), List.of())), 422, "consumption");
        problem(api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2028",
                consumption(List.of(reading("ELECTRICITY", 100)), List.of())), 422, "year");
        api.put(OTHER_OWNER, path, consumption(List.of(reading("ELECTRICITY", 100)), List.of()))
                .expectStatus().isNotFound();
        api.put(DISTRICT, path, consumption(List.of(reading("ELECTRICITY", 100)), List.of()))
                .expectStatus().isForbidden();
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void rawFiguresAreVisibleOnlyToTheReportingPartyAndTheStatisticsRoles() {
        String id = api.register(OWNER, largeOffice("Confidential Tower", "海淀区"));
        String path = "/api/energy/buildings/" + id + "/consumption/2025";
        JsonNode reported = json(api.put(OWNER, path, consumption(List.of(reading("ELECTRICITY", 2400000),
                reading("WATER", 9000)), List.of(excluded("EV_CHARGING", "ELECTRICITY", 40000)))).expectStatus().isOk());
        // (2 400 000 − 40 000) × 0.1229 / 24 000 = 12.085… → 12.09
        assertThat(reported.path("intensity").decimalValue()).isEqualByComparingTo("12.09");
        for (String token : List.of(OWNER, STATISTICS, AUTHORITY)) {
            JsonNode figures = json(api.get(token, path).expectStatus().isOk());
            assertThat(figures.path("consumption").get(0).path("quantity").decimalValue())
                    .isEqualByComparingTo("2400000");
            assertThat(citations(figures)).contains("京建法〔2024〕13号 第八条");
        }
        api.get(DISTRICT, path).expectStatus().isForbidden();
        api.get(OTHER_OWNER, path).expectStatus().isNotFound();
        api.get(UTILITY, path).expectStatus().isForbidden();
    }

    // ------------------------------------------------------------------ ratings

    @Test
    void aRatingWithoutLimitsOrWithoutConsumptionIsRefusedNamingTheFieldAndWritesNothing() {
        String id = api.register(OWNER, largeOffice("Unrateable Tower", "海淀区"));
        api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2026",
                consumption(List.of(reading("ELECTRICITY", 100000)), List.of())).expectStatus().isOk();
        String other = api.register(OWNER, largeOffice("Empty Tower", "海淀区"));
        Map<String, Long> before = api.snapshot();
        problem(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2026", null), 422, "year");
        problem(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2024", null), 422, "consumption");
        JsonNode both = problem(api.post(OWNER, "/api/energy/buildings/" + other + "/ratings/2026", null), 422, "year");
        assertThat(texts(both.path("errors"), "field")).containsExactly("year", "consumption");
        problem(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2023", null), 422, "year");
        problem(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2027", null), 422, "year");
        api.post(OTHER_OWNER, "/api/energy/buildings/" + id + "/ratings/2026", null).expectStatus().isNotFound();
        api.post(DISTRICT, "/api/energy/buildings/" + id + "/ratings/2026", null).expectStatus().isForbidden();
        api.post(OWNER, "/api/energy/buildings/" + UUID.randomUUID() + "/ratings/2026", null)
                .expectStatus().isNotFound();
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aStateSecretBuildingIsNeverRated() {
        String id = api.register(OWNER, with(largeOffice("Secret Tower", "海淀区"), "stateSecret", true));
        JsonNode b = json(api.get(OWNER, "/api/energy/buildings/" + id).expectStatus().isOk());
        assertThat(b.path("ratingRequired").asBoolean()).isFalse();
        assertThat(texts(b.path("exemptions"), null)).containsExactly("STATE_SECRET");
        api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2024",
                consumption(List.of(reading("ELECTRICITY", 100000)), List.of())).expectStatus().isOk();
        Map<String, Long> before = api.snapshot();
        JsonNode refused = json(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2024", null)
                .expectStatus().isEqualTo(409));
        assertThat(refused.path("code").asString()).isEqualTo("RATING_EXEMPT");
        assertThat(citations(refused)).containsExactly("京建法〔2024〕12号 第三条");
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void aVoluntaryRatingOnTheSampleTableSaysSoAndGatesLabelAndDemonstrationApplications() {
        Map<String, Object> small = with(largeOffice("Small Office", "SMALL-D"), "totalArea", 5000,
                "publicArea", 2000);
        String good = api.register(OWNER, small);
        String poor = api.register(OWNER, with(small, "name", "Poor Office"));
        // 300 000 kWh × 0.1229 / 2 000 m² = 18.435 → 18.44 ≤ G = 20 (SAMPLE): grade 1
        api.put(OWNER, "/api/energy/buildings/" + good + "/consumption/2024",
                consumption(List.of(reading("ELECTRICITY", 300000)), List.of())).expectStatus().isOk();
        // 600 000 kWh → 36.87: C = 30 < E ≤ 45: grade 3
        api.put(OWNER, "/api/energy/buildings/" + poor + "/consumption/2024",
                consumption(List.of(reading("ELECTRICITY", 600000)), List.of())).expectStatus().isOk();

        JsonNode rated = json(api.post(OWNER, "/api/energy/buildings/" + good + "/ratings/2024", null)
                .expectStatus().isCreated());
        assertThat(rated.path("grade").asInt()).isEqualTo(1);
        assertThat(rated.path("intensity").decimalValue()).isEqualByComparingTo("18.44");
        assertThat(rated.path("floorAreaBasis").asString()).isEqualTo("PUBLIC_AREA");
        assertThat(rated.path("ratingDeadlineApplies").asBoolean()).isFalse();
        assertThat(rated.has("ratingDeadline")).isFalse();
        assertThat(rated.path("limitsSample").asBoolean()).isTrue();
        assertThat(rated.path("limitsNotice").asString()).contains("NOT the guide/constraint values of DB11/T 1413");
        assertThat(rated.path("obligations")).isEmpty();
        assertThat(rated.path("demonstrationEligible").asBoolean()).isTrue();
        JsonNode stored = json(api.get(DISTRICT, "/api/energy/buildings/" + good + "/ratings/2024")
                .expectStatus().isOk());
        assertThat(stored.path("grade").asInt()).isEqualTo(1);
        assertThat(stored.path("limitsSample").asBoolean()).isTrue();
        assertThat(stored.path("ratedOn").asString()).isEqualTo("2027-02-15");
        api.get(DISTRICT, "/api/energy/buildings/" + good + "/ratings/2025").expectStatus().isNotFound();
        api.get(OTHER_OWNER, "/api/energy/buildings/" + good + "/ratings/2024").expectStatus().isNotFound();
        problem(api.get(DISTRICT, "/api/energy/buildings/" + good + "/ratings/last"), 400, "year");

        JsonNode poorRating = json(api.post(OWNER, "/api/energy/buildings/" + poor + "/ratings/2024", null)
                .expectStatus().isCreated());
        assertThat(poorRating.path("grade").asInt()).isEqualTo(3);
        assertThat(texts(poorRating.path("obligations"), null))
                .containsExactly("GREEN_OPERATION_MANAGEMENT", "GENERAL_AUDIT_OFFERED");
        assertThat(texts(poorRating.path("raisedObligations"), "code")).containsExactly("GREEN_OPERATION_MANAGEMENT");

        assertThat(texts(json(api.get(DISTRICT, "/api/energy/buildings?district=SMALL-D&grade=1")
                .expectStatus().isOk()), "id")).containsExactly(good);
        assertThat(texts(json(api.get(DISTRICT,
                "/api/energy/buildings?district=SMALL-D&obligation=GREEN_OPERATION_MANAGEMENT")
                .expectStatus().isOk()), "id")).containsExactly(poor);

        api.post(OWNER, "/api/energy/buildings/" + good + "/demonstration-applications", Map.of("year", 2024))
                .expectStatus().isCreated();
        api.post(OWNER, "/api/energy/buildings/" + poor + "/label-applications", Map.of("year", 2024))
                .expectStatus().isCreated();
        assertThat(json(api.get(OWNER, "/api/energy/buildings/" + poor).expectStatus().isOk())
                .path("labelAppliedYear").asInt()).isEqualTo(2024);
        Map<String, Long> before = api.snapshot();
        JsonNode refused = json(api.post(OWNER, "/api/energy/buildings/" + poor + "/demonstration-applications",
                Map.of("year", 2024)).expectStatus().isEqualTo(409));
        assertThat(refused.path("code").asString()).isEqualTo("DEMONSTRATION_NOT_ELIGIBLE");
        assertThat(citations(refused)).containsExactly("京建法〔2024〕12号 第十二条");
        JsonNode unrated = json(api.post(OWNER, "/api/energy/buildings/" + poor + "/label-applications",
                Map.of("year", 2025)).expectStatus().isEqualTo(409));
        assertThat(unrated.path("code").asString()).isEqualTo("NOT_RATED");
        problem(api.post(OWNER, "/api/energy/buildings/" + poor + "/label-applications", Map.of()), 422, "year");
        assertThat(api.snapshot()).isEqualTo(before);

        // a re-rating with better figures withdraws the obligation it no longer supports
        api.put(OWNER, "/api/energy/buildings/" + poor + "/consumption/2024",
                consumption(List.of(reading("ELECTRICITY", 400000)), List.of())).expectStatus().isOk();
        JsonNode rerated = json(api.post(OWNER, "/api/energy/buildings/" + poor + "/ratings/2024", null)
                .expectStatus().isCreated());
        assertThat(rerated.path("grade").asInt()).isEqualTo(2);                 // 24.58
        assertThat(json(api.get(OWNER, "/api/energy/buildings/" + poor).expectStatus().isOk())
                .path("openObligations")).isEmpty();
    }

    // ------------------------------------------------------------------ overdue and escalation

    @Test
    void overdueRatingsOfLargeBuildingsEscalateToTheCreditSystemAfterTheCorrectionTimeLimit() {
        String id = api.register(DISTRICT, with(largeOffice("Late Tower", "OVERDUE-D"), "reportingParty", "owner-7"));
        api.register(DISTRICT, with(largeOffice("Small Late", "OVERDUE-D"), "totalArea", 5000, "publicArea", 4000));

        List<JsonNode> overdue = overdueOf(id, "2027-02-15");
        assertThat(overdue).extracting(o -> o.path("year").asInt()).containsExactly(2026 - 1, 2024);
        overdue.forEach(o -> assertThat(texts(o.path("measures"), null)).containsExactly("OVERDUE_RATING"));
        assertThat(overdueOf(id, "2025-06-30")).isEmpty();                       // the deadline day itself
        assertThat(overdueOf(id, "2025-07-01")).extracting(o -> o.path("year").asInt()).containsExactly(2024);

        Map<String, Long> before = api.snapshot();
        problem(api.post(DISTRICT, "/api/energy/buildings/" + id + "/correction-orders",
                Map.of("year", 2024, "deadline", "2025-06-30")), 422, "deadline");
        problem(api.post(DISTRICT, "/api/energy/buildings/" + id + "/correction-orders",
                Map.of("year", 2023, "deadline", "2024-09-30")), 422, "year");
        problem(api.post(DISTRICT, "/api/energy/buildings/" + id + "/correction-orders", Map.of("year", 2024)), 422,
                "deadline");
        api.post(OWNER, "/api/energy/buildings/" + id + "/correction-orders",
                Map.of("year", 2024, "deadline", "2025-09-30")).expectStatus().isForbidden();
        problem(api.post(DISTRICT, "/api/energy/obligations/overdue-evaluations", Map.of("asOf", "2027-02-16")), 422,
                "asOf");
        assertThat(api.snapshot()).isEqualTo(before);

        api.post(DISTRICT, "/api/energy/buildings/" + id + "/correction-orders",
                Map.of("year", 2024, "deadline", "2025-09-30")).expectStatus().isCreated();
        assertThat(overdueOf(id, "2025-09-30").get(0).path("measures")).hasSize(1);
        JsonNode escalated = overdueOf(id, "2025-10-01").get(0);
        assertThat(texts(escalated.path("measures"), null)).containsExactly("OVERDUE_RATING", "CREDIT_SYSTEM_ENTRY");
        assertThat(citations(escalated)).contains("京建法〔2024〕12号 第十三条");

        JsonNode raised = json(api.post(AUTHORITY, "/api/energy/obligations/overdue-evaluations",
                Map.of("asOf", "2027-02-15")).expectStatus().isOk());
        List<JsonNode> mine = raised.valueStream().filter(o -> o.path("buildingId").asString().equals(id)).toList();
        assertThat(mine).extracting(o -> texts(o.path("raised"), null)).containsExactly(
                List.of("OVERDUE_RATING"), List.of("OVERDUE_RATING", "CREDIT_SYSTEM_ENTRY"));
        assertThat(api.count("select count(*) from obligation where building_id = '" + id + "'")).isEqualTo(3);
        assertThat(api.count("select count(*) from outbox_event where topic = 'energy.obligation-raised.v1'"
                + " and aggregate_id = '" + id + "'")).isEqualTo(3);
        assertThat(api.count("select count(*) from obligation where building_id = '" + id
                + "' and code = 'OVERDUE_RATING' and year = 2024 and due_on = '2025-09-30'")).isEqualTo(1);

        JsonNode again = json(api.post(AUTHORITY, "/api/energy/obligations/overdue-evaluations",
                Map.of("asOf", "2027-02-15")).expectStatus().isOk());
        again.valueStream().filter(o -> o.path("buildingId").asString().equals(id))
                .forEach(o -> assertThat(o.path("raised")).isEmpty());
        assertThat(api.count("select count(*) from outbox_event where topic = 'energy.obligation-raised.v1'"
                + " and aggregate_id = '" + id + "'")).isEqualTo(3);
        assertThat(texts(json(api.get(DISTRICT, "/api/energy/buildings?obligation=CREDIT_SYSTEM_ENTRY")
                .expectStatus().isOk()), "id")).contains(id);

        String obligation = json(api.get(DISTRICT, "/api/energy/buildings/" + id + "/obligations")
                .expectStatus().isOk()).get(0).path("id").asString();
        JsonNode fulfilled = json(api.post(DISTRICT, "/api/energy/buildings/" + id + "/obligations/" + obligation
                + "/fulfilment", null).expectStatus().isOk());
        assertThat(fulfilled.path("status").asString()).isEqualTo("FULFILLED");
        api.post(DISTRICT, "/api/energy/buildings/" + id + "/obligations/" + obligation + "/fulfilment", null)
                .expectStatus().isEqualTo(409);
        api.get(OWNER, "/api/energy/obligations/overdue").expectStatus().isForbidden();
        problem(api.get(DISTRICT, "/api/energy/obligations/overdue?asOf=yesterday"), 400, "asOf");
        api.post(DISTRICT, "/api/energy/buildings/" + id + "/obligations/" + UUID.randomUUID() + "/fulfilment", null)
                .expectStatus().isNotFound();
    }

    // ------------------------------------------------------------------ statistics survey

    @Test
    void utilitySettlementsAreReconciledWithTheOwnersFiguresAndFlaggedBeyondTheTolerance() {
        String id = api.register(OWNER, largeOffice("Settled Tower", "海淀区"));
        api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2025", consumption(List.of(
                reading("ELECTRICITY", 12500000), reading("HEAT", 1000)), List.of())).expectStatus().isOk();
        String base = "/api/energy/buildings/" + id + "/settlements/2025/";
        Map<String, Long> before = api.snapshot();
        problem(api.put(UTILITY, base + "COAL", Map.of("quantity", 10)), 422, "carrier");
        problem(api.put(UTILITY, base + "STEAM", Map.of("quantity", 10)), 400, "carrier");
        problem(api.put(UTILITY, base + "ELECTRICITY", Map.of("quantity", -1)), 422, "quantity");
        problem(api.put(UTILITY, base + "ELECTRICITY", Map.of()), 422, "quantity");
        problem(api.put(UTILITY, "/api/energy/buildings/" + id + "/settlements/2028/ELECTRICITY",
                Map.of("quantity", 1)), 422, "year");
        api.put(OWNER, base + "ELECTRICITY", Map.of("quantity", 1)).expectStatus().isForbidden();
        api.put(UTILITY, "/api/energy/buildings/" + UUID.randomUUID() + "/settlements/2025/ELECTRICITY",
                Map.of("quantity", 1)).expectStatus().isNotFound();
        assertThat(api.snapshot()).isEqualTo(before);

        api.put(UTILITY, base + "ELECTRICITY", Map.of("quantity", 12000000)).expectStatus().isOk();
        api.put(UTILITY, base + "HEAT", Map.of("quantity", 1200)).expectStatus().isOk();
        api.put(UTILITY, base + "WATER", Map.of("quantity", 40000)).expectStatus().isOk();

        JsonNode reconciliation = json(api.get(STATISTICS, "/api/energy/buildings/" + id + "/reconciliations/2025")
                .expectStatus().isOk());
        assertThat(reconciliation.path("flagged").asInt()).isEqualTo(2);
        JsonNode comparisons = reconciliation.path("comparisons");
        assertThat(texts(comparisons, "carrier")).containsExactly("ELECTRICITY", "HEAT", "WATER");
        assertThat(comparisons.get(0).path("flagged").asBoolean()).isFalse();          // 4.17 % ≤ 5 %
        assertThat(comparisons.get(1).path("reason").asString()).isEqualTo("DIFFERENCE_ABOVE_TOLERANCE");
        assertThat(comparisons.get(2).path("reason").asString()).isEqualTo("OWNER_FIGURE_MISSING");
        assertThat(citations(comparisons.get(0))).contains("京建法〔2024〕13号 第五条");
        api.get(DISTRICT, "/api/energy/buildings/" + id + "/reconciliations/2025").expectStatus().isForbidden();
        api.get(OWNER, "/api/energy/buildings/" + id + "/reconciliations/2025").expectStatus().isForbidden();
    }

    @Test
    void theSurveyCalendarQuotasAndCompletenessPerSample() {
        JsonNode calendar = json(api.get(OWNER, "/api/energy/surveys/2027/calendar").expectStatus().isOk());
        assertThat(calendar.path("schedule").path("scopeAndQuotaBy").asString()).isEqualTo("2027-03-31");
        assertThat(calendar.path("schedule").path("dataSubmissionBy").asString()).isEqualTo("2027-05-31");
        assertThat(calendar.path("schedule").path("aggregationAndJointReviewBy").asString()).isEqualTo("2027-09-30");
        assertThat(calendar.path("schedule").path("dataYear").asInt()).isEqualTo(2026);
        assertThat(calendar.path("today").path("phase").asString()).isEqualTo("SCOPE_AND_QUOTA_PUBLICATION");
        problem(api.get(OWNER, "/api/energy/surveys/2024/calendar"), 422, "surveyYear");

        Map<String, Long> before = api.snapshot();
        JsonNode bad = problem(api.put(AUTHORITY, "/api/energy/surveys/2027/quotas", List.of(
                Map.of("district", "STAT-D", "quota", 2), Map.of("district", "STAT-D", "quota", 1),
                Map.of("district", " ", "quota", -1))), 422, "[1].district");
        assertThat(texts(bad.path("errors"), "field")).containsExactly("[1].district", "[2].district", "[2].quota");
        api.put(STATISTICS, "/api/energy/surveys/2027/quotas", List.of(Map.of("district", "STAT-D", "quota", 2)))
                .expectStatus().isForbidden();
        assertThat(api.snapshot()).isEqualTo(before);
        JsonNode quotas = json(api.put(AUTHORITY, "/api/energy/surveys/2027/quotas",
                List.of(Map.of("district", "STAT-D", "quota", 2))).expectStatus().isOk());
        assertThat(quotas.path("publishedOnTime").asBoolean()).isTrue();

        String complete = api.register(OWNER, largeOffice("Complete Sample", "STAT-D"));
        String partial = api.register(OWNER, largeOffice("Partial Sample", "STAT-D"));
        api.put(OWNER, "/api/energy/buildings/" + complete + "/consumption/2026", consumption(List.of(
                reading("ELECTRICITY", 1), reading("NATURAL_GAS", 0), reading("HEAT", 1), reading("COAL", 0),
                reading("LPG", 0), reading("RENEWABLE", 0), reading("WATER", 1)), List.of())).expectStatus().isOk();
        api.put(OWNER, "/api/energy/buildings/" + partial + "/consumption/2026",
                consumption(List.of(reading("ELECTRICITY", 1)), List.of())).expectStatus().isOk();
        JsonNode progress = json(api.get(STATISTICS, "/api/energy/surveys/2027/completeness?district=STAT-D")
                .expectStatus().isOk());
        assertThat(progress.path("dataYear").asInt()).isEqualTo(2026);
        JsonNode district = progress.path("districts").get(0);
        assertThat(district.path("quota").asInt()).isEqualTo(2);
        assertThat(district.path("samples").asInt()).isEqualTo(2);
        assertThat(district.path("complete").asInt()).isEqualTo(1);
        JsonNode partialSample = progress.path("samples").valueStream()
                .filter(s -> s.path("buildingId").asString().equals(partial)).findFirst().orElseThrow();
        assertThat(texts(partialSample.path("missingCarriers"), null)).containsExactly("NATURAL_GAS", "HEAT", "COAL",
                "LPG", "RENEWABLE", "WATER");
        assertThat(progress.toString()).doesNotContain("quantity");               // no raw figures
        api.get(OWNER, "/api/energy/surveys/2027/completeness").expectStatus().isForbidden();
        problem(api.get(STATISTICS, "/api/energy/surveys/2024/completeness"), 422, "surveyYear");
    }

    // ------------------------------------------------------------------ spot checks

    @Test
    void spotCheckDrawsAreReproducibleFromTheRecordedSeed() {
        List<String> ids = List.of(
                api.register(DISTRICT, with(largeOffice("Spot 1", "SPOT-D"), "reportingParty", "owner-5")),
                api.register(DISTRICT, with(largeOffice("Spot 2", "SPOT-D"), "reportingParty", "owner-5")),
                api.register(DISTRICT, with(largeOffice("Spot 3", "SPOT-D"), "reportingParty", "owner-5")));
        Map<String, Long> before = api.snapshot();
        problem(api.post(DISTRICT, "/api/energy/spot-checks/SPOT-D/2023", Map.of("seed", 42)), 422, "year");
        problem(api.post(DISTRICT, "/api/energy/spot-checks/SPOT-D/2026", Map.of("seed", "forty-two")), 400, "seed");
        api.post(OWNER, "/api/energy/spot-checks/SPOT-D/2026", Map.of("seed", 42)).expectStatus().isForbidden();
        assertThat(api.snapshot()).isEqualTo(before);

        JsonNode draw = json(api.post(DISTRICT, "/api/energy/spot-checks/SPOT-D/2026", Map.of("seed", 42))
                .expectStatus().isCreated());
        assertThat(draw.path("seed").asLong()).isEqualTo(42);
        assertThat(draw.path("population").asInt()).isEqualTo(3);
        assertThat(draw.path("sampleSize").asInt()).isEqualTo(1);                 // ceil(0.05 × 3)
        assertThat(ids).containsAll(texts(draw.path("randomSample"), null));
        assertThat(draw.path("deadline").asString()).isEqualTo("2026-09-30");
        assertThat(draw.path("reproduced").asBoolean()).isTrue();
        assertThat(citations(draw)).containsExactly("京建法〔2024〕12号 第十条");
        JsonNode recorded = json(api.get(AUTHORITY, "/api/energy/spot-checks/SPOT-D/2026").expectStatus().isOk());
        assertThat(recorded.path("randomSample")).isEqualTo(draw.path("randomSample"));
        assertThat(recorded.path("reproduced").asBoolean()).isTrue();
        api.post(DISTRICT, "/api/energy/spot-checks/SPOT-D/2026", Map.of("seed", 7)).expectStatus().isEqualTo(409);
        api.get(DISTRICT, "/api/energy/spot-checks/SPOT-D/2025").expectStatus().isNotFound();

        JsonNode unseeded = json(api.post(DISTRICT, "/api/energy/spot-checks/EMPTY-D/2026", null)
                .expectStatus().isCreated());
        assertThat(unseeded.path("population").asInt()).isZero();
        assertThat(unseeded.path("sampleSize").asInt()).isZero();
        assertThat(unseeded.has("seed")).isTrue();
    }

    // ------------------------------------------------------------------ renewal

    @Test
    void anApprovedPlanIsNoticedForFifteenWorkingDays() {
        String id = api.register(OWNER, largeOffice("Planned Tower", "海淀区"));
        String path = "/api/energy/buildings/" + id + "/renewal-plans";
        Map<String, Long> before = api.snapshot();
        // the 14th working day after the publication day is one short of 第十八条: an input error naming the field
        JsonNode tooShort = problem(api.post(DISTRICT, path, Map.of("title", "Retrofit", "approvedOn", "2025-09-20",
                "publishedOn", "2025-09-26", "plannedLastDay", "2025-10-22")), 422, "plannedLastDay");
        assertThat(tooShort.toString()).contains("京建法〔2024〕14号 第十八条", "2025-10-23");
        problem(api.post(DISTRICT, path, Map.of("title", "Retrofit", "approvedOn", "2025-09-20",
                "publishedOn", "2025-09-19")), 422, "publishedOn");
        problem(api.post(DISTRICT, path, Map.of("title", "Retrofit", "approvedOn", "2025-09-20")), 422, "publishedOn");
        api.post(DISTRICT, path, Map.of("title", "Retrofit", "approvedOn", "2027-01-04", "publishedOn", "2027-01-05"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:calendar-year-not-loaded");
        api.post(OWNER, path, Map.of("title", "Retrofit", "approvedOn", "2025-09-20", "publishedOn", "2025-09-26"))
                .expectStatus().isForbidden();
        assertThat(api.snapshot()).isEqualTo(before);

        // 2025-09-26 is not counted (民法典 第二百零一条); the Sunday 09-28 is day 1; 10-01 to 10-08 are holidays;
        // 10-11 (Saturday) is worked; the 15th working day is 10-23
        JsonNode plan = json(api.post(DISTRICT, path, Map.of("title", "Retrofit", "approvedOn", "2025-09-20",
                "publishedOn", "2025-09-26", "plannedLastDay", "2025-10-23")).expectStatus().isCreated());
        assertThat(plan.path("minimumWorkingDays").asInt()).isEqualTo(15);
        assertThat(plan.path("counting").asString()).isEqualTo("FROM_NEXT_DAY");
        assertThat(plan.path("earliestLastDay").asString()).isEqualTo("2025-10-23");
        assertThat(plan.path("firstDayAfterNotice").asString()).isEqualTo("2025-10-24");
        assertThat(citations(plan)).contains("京建法〔2024〕14号 第十八条", "中华人民共和国民法典 第二百零一条");
        JsonNode status = json(api.get(OWNER, "/api/energy/buildings/" + id + "/renewal").expectStatus().isOk());
        assertThat(status.path("plans")).hasSize(1);
        assertThat(status.path("plans").get(0).path("counting").asString()).isEqualTo("FROM_NEXT_DAY");
        assertThat(status.path("plans").get(0).path("earliestLastDay").asString()).isEqualTo("2025-10-23");
        assertThat(citations(status.path("plans").get(0))).contains("中华人民共和国民法典 第二百零一条");

        // across the year boundary: (12-31 not counted), 2026-01-01..01-03 off, make-up Sunday 01-04 is day 1
        JsonNode newYear = json(api.post(DISTRICT, path, Map.of("title", "Retrofit 2", "approvedOn", "2025-12-30",
                "publishedOn", "2025-12-31")).expectStatus().isCreated());
        assertThat(newYear.path("earliestLastDay").asString()).isEqualTo("2026-01-22");
        assertThat(newYear.path("firstDayAfterNotice").asString()).isEqualTo("2026-01-23");
        assertThat(citations(newYear)).contains("京建法〔2024〕14号 第十八条", "中华人民共和国民法典 第二百零一条");

        // across Labour Day: (4-25 not counted), make-up Sunday 04-27 is day 1, 05-01..05-05 off, the 15th is 05-20
        JsonNode labourDay = json(api.post(DISTRICT, path, Map.of("title", "Retrofit 3", "approvedOn", "2025-04-24",
                "publishedOn", "2025-04-25")).expectStatus().isCreated());
        assertThat(labourDay.path("earliestLastDay").asString()).isEqualTo("2025-05-20");
        assertThat(labourDay.path("firstDayAfterNotice").asString()).isEqualTo("2025-05-21");
    }

    @Test
    void oldBuildingsByAgeNominationsAndPriority() {
        String id = api.register(OWNER, with(largeOffice("Old Tower", "海淀区"), "yearBuilt", 1975,
                "seismicAppraisedAndReinforced", false));
        JsonNode status = json(api.get(OWNER, "/api/energy/buildings/" + id + "/renewal").expectStatus().isOk());
        assertThat(status.path("classOne").asBoolean()).isTrue();
        assertThat(status.path("classTwo").asBoolean()).isTrue();
        assertThat(texts(status.path("reasons"), null)).containsExactly(
                "CLASS_ONE_BUILT_EARLY_WITHOUT_SEISMIC_REINFORCEMENT", "CLASS_TWO_BUILT_EARLY_WITHOUT_ENERGY_RETROFIT");
        assertThat(texts(status.path("obligations"), null)).contains("STRUCTURAL_SAFETY_APPRAISAL_REQUIRED");
        assertThat(citations(status)).contains("京建法〔2024〕14号 第二条", "京建法〔2024〕14号 第三十二条");

        Map<String, Long> before = api.snapshot();
        problem(api.post(OWNER, "/api/energy/buildings/" + id + "/low-efficiency-nominations", Map.of()), 422,
                "criteria");
        api.post(OTHER_OWNER, "/api/energy/buildings/" + id + "/low-efficiency-nominations",
                Map.of("criteria", "vacancy")).expectStatus().isNotFound();
        problem(api.post(DISTRICT, "/api/energy/buildings/" + id + "/renewal-priority-evaluations",
                Map.of("clearPropertyRights", true)), 422, "ownerWillingToPromote");
        assertThat(api.snapshot()).isEqualTo(before);

        JsonNode nomination = json(api.post(OWNER, "/api/energy/buildings/" + id + "/low-efficiency-nominations",
                Map.of("criteria", "occupancy below 40 % for three years")).expectStatus().isCreated());
        assertThat(nomination.path("selfNominated").asBoolean()).isTrue();
        assertThat(nomination.path("status").asString()).isEqualTo("NOMINATED");
        String decision = "/api/energy/low-efficiency-nominations/" + nomination.path("id").asString() + "/decision";
        api.post(OWNER, decision, Map.of("accepted", true)).expectStatus().isForbidden();
        assertThat(json(api.post(DISTRICT, decision, Map.of("accepted", true)).expectStatus().isOk())
                .path("status").asString()).isEqualTo("ACCEPTED");
        api.post(DISTRICT, decision, Map.of("accepted", false)).expectStatus().isEqualTo(409);
        assertThat(json(api.get(DISTRICT, "/api/energy/buildings/" + id + "/renewal").expectStatus().isOk())
                .path("onLowEfficiencyLedger").asBoolean()).isTrue();

        Map<String, Object> facts = new LinkedHashMap<>(Map.of("clearPropertyRights", true,
                "ownerWillingToPromote", true, "wholeBuildingVacant", false, "relocationCompleted", false,
                "ownerSeekingMarketPartner", false, "designatedForKeySupport", false));
        JsonNode priority = json(api.post(DISTRICT, "/api/energy/buildings/" + id + "/renewal-priority-evaluations",
                facts).expectStatus().isOk());
        assertThat(priority.path("priority").asBoolean()).isTrue();
        assertThat(texts(priority.path("categories"), null)).containsExactly("LOW_EFFICIENCY_AND_OLD");
        assertThat(citations(priority)).contains("京建法〔2024〕14号 第九条");
        facts.put("clearPropertyRights", false);
        JsonNode withoutRights = json(api.post(DISTRICT, "/api/energy/buildings/" + id
                + "/renewal-priority-evaluations", facts).expectStatus().isOk());
        assertThat(withoutRights.path("priority").asBoolean()).isFalse();
        assertThat(withoutRights.path("preconditionsMet").asBoolean()).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    private List<JsonNode> overdueOf(String buildingId, String asOf) {
        JsonNode all = json(api.get(DISTRICT, "/api/energy/obligations/overdue?asOf=" + asOf).expectStatus().isOk());
        return all.valueStream().filter(o -> o.path("buildingId").asString().equals(buildingId)).toList();
    }

    private static List<Map<String, Object>> officialLimits() {
        return List.of(limit("OFFICE", 20, 30), limit("HOTEL", 30, 45), limit("SCHOOL", 10, 15));
    }

    /** The calculators' examples in the OpenAPI document are policy cases, and the service answers them so. */
    @Test
    void calculatorExamplesOfTheDocumentAreTheServicesAnswersToPolicyCases() {
        CalculatorExampleChecks.verify(web, "energy", OWNER);
    }
}
