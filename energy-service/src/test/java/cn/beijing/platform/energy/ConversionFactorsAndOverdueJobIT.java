package cn.beijing.platform.energy;

import static cn.beijing.platform.energy.EnergyRequests.AUTHORITY;
import static cn.beijing.platform.energy.EnergyRequests.DISTRICT;
import static cn.beijing.platform.energy.EnergyRequests.OWNER;
import static cn.beijing.platform.energy.EnergyRequests.consumption;
import static cn.beijing.platform.energy.EnergyRequests.json;
import static cn.beijing.platform.energy.EnergyRequests.largeOffice;
import static cn.beijing.platform.energy.EnergyRequests.limit;
import static cn.beijing.platform.energy.EnergyRequests.parameters;
import static cn.beijing.platform.energy.EnergyRequests.problem;
import static cn.beijing.platform.energy.EnergyRequests.reading;
import static cn.beijing.platform.energy.EnergyRequests.texts;
import static cn.beijing.platform.energy.EnergyRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.energy.rating.OverdueEvaluationJob;
import cn.beijing.platform.energy.rating.OverdueRating;
import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Imported, effective-dated conversion factors (look-up by date, use by ratings of their year, bad tables refused
 * with every bad row named) and the scheduled overdue evaluation of 第八条/第十三条, against the real database and
 * broker on 2027-02-15 ({@link FixedClock}). Its own class (own database): the imports here would change the
 * factors the other ITs rely on. The scheduler's cron is off in tests ({@code config/application.yml}); the job's
 * method is called directly.
 */
class ConversionFactorsAndOverdueJobIT extends EnergyServiceTests {

    private static final String RAISED = "energy.obligation-raised.v1";

    @Autowired
    OverdueEvaluationJob job;

    @Test
    void importedFactorsAreEffectiveDatedNamedInTheRatingBasisAndABadTableIsRefusedListingEveryBadRow() {
        Map<String, Long> before = snapshot();
        Map<String, Object> noFactor = new LinkedHashMap<>();
        noFactor.put("carrier", "LPG");
        JsonNode bad = problem(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-01-01", List.of(
                factor("ELECTRICITY", 0.25, null),
                factor("NATURAL_GAS", -1.2, null),
                factor("HEAT", 0, null),
                factor("PLUTONIUM", 1, null),
                factor("ELECTRICITY", 0.3, null),
                factor("WATER", 1, null),
                factor("COAL", 700, "kg"),
                noFactor)), 422, "[1].factor");
        assertThat(texts(bad.path("errors"), "field")).containsExactly("[1].factor", "[2].factor", "[3].carrier",
                "[4].carrier", "[5].carrier", "[6].unit", "[7].factor");
        JsonNode missing = problem(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-01-01", List.of(
                factor("ELECTRICITY", 0.25, "kWh"))), 422, "body");
        assertThat(missing.path("errors")).hasSize(4);                 // NATURAL_GAS, HEAT, COAL, LPG missing
        problem(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-01-01", List.of()), 422, "body");
        problem(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-01-01", List.of(Map.of("carrier",
                "ELECTRICITY", "factor", "much"))), 400, "[0].factor");
        api.put(OWNER, "/api/energy/conversion-factors/2026-01-01", factors(0.25)).expectStatus().isForbidden();
        assertThat(snapshot()).isEqualTo(before);

        // two versions: electricity 0.25 from 2026-01-01, 0.3 from 2026-07-01 (other carriers as shipped)
        JsonNode first = json(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-01-01", factors(0.25))
                .expectStatus().isOk());
        assertThat(first.path("source").asString()).isEqualTo("imported");
        assertThat(first.path("validFrom").asString()).isEqualTo("2026-01-01");
        assertThat(first.path("importedBy").asString()).isEqualTo("authority-1");
        String firstVersion = "energy-conversion-factors/imported/" + first.path("id").asString() + "@2026-01-01";
        assertThat(first.path("version").asString()).isEqualTo(firstVersion);
        JsonNode second = json(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-07-01", factors(0.3))
                .expectStatus().isOk());
        String secondVersion = "energy-conversion-factors/imported/" + second.path("id").asString() + "@2026-07-01";
        assertThat(count("select count(*) from conversion_factor_version")).isEqualTo(2);
        assertThat(count("select count(*) from conversion_factor")).isEqualTo(10);

        // look-up by date: before, at and after each valid_from
        JsonNode beforeImport = factorsOn("2025-12-31");
        assertThat(beforeImport.path("source").asString()).isEqualTo("parameter-file");
        assertThat(beforeImport.path("version").asString()).isEqualTo("energy-conversion-factors@2025-02-01");
        assertThat(beforeImport.has("id")).isFalse();
        assertThat(electricity(beforeImport)).isEqualTo("0.1229");
        JsonNode atFirst = factorsOn("2026-01-01");
        assertThat(atFirst.path("source").asString()).isEqualTo("imported");
        assertThat(atFirst.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(atFirst.path("validFrom").asString()).isEqualTo("2026-01-01");
        assertThat(electricity(atFirst)).isEqualTo("0.25");
        assertThat(atFirst.path("rows")).hasSize(7);
        assertThat(atFirst.path("rows").get(1).path("kgcePerUnit").decimalValue()).isEqualByComparingTo("1.2143");
        assertThat(atFirst.path("rows").get(6).path("countedInIntensity").asBoolean()).isFalse();   // water
        assertThat(atFirst.path("basis").get(0).path("parameters").asString()).isEqualTo(firstVersion);
        assertThat(electricity(factorsOn("2026-06-30"))).isEqualTo("0.25");
        assertThat(factorsOn("2026-07-01").path("version").asString()).isEqualTo(secondVersion);
        JsonNode today = json(api.get(OWNER, "/api/energy/conversion-factors").expectStatus().isOk());
        assertThat(today.path("date").asString()).isEqualTo("2027-02-15");
        assertThat(today.path("version").asString()).isEqualTo(secondVersion);
        assertThat(electricity(today)).isEqualTo("0.3");
        // the shipped file is in force from the first day of the first rated year (2024), not before
        JsonNode firstRatedDay = factorsOn("2024-01-01");
        assertThat(firstRatedDay.path("version").asString()).isEqualTo("energy-conversion-factors@2025-02-01");
        assertThat(firstRatedDay.path("appliesFrom").asString()).isEqualTo("2024-01-01");
        problem(api.get(OWNER, "/api/energy/conversion-factors?date=2023-12-31"), 422, "date");

        // ratings use the factors in force on December 31 of the rated year
        api.put(AUTHORITY, "/api/energy/intensity-limits/2025", List.of(limit("OFFICE", 20, 30)))
                .expectStatus().isOk();
        api.put(AUTHORITY, "/api/energy/intensity-limits/2026", List.of(limit("OFFICE", 20, 30)))
                .expectStatus().isOk();
        String id = api.register(OWNER, with(largeOffice("Factor Office", "FACTOR-D"), "totalArea", 5000,
                "publicArea", 2000));
        Map<String, JsonNode> previews = new LinkedHashMap<>();
        for (String year : List.of("2025", "2026")) {
            previews.put(year, json(api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/" + year,
                    consumption(List.of(reading("ELECTRICITY", 200000), reading("NATURAL_GAS", 10000)), List.of()))
                    .expectStatus().isOk()));
        }
        // the report's preview converts with the factors the rating of that year will use (imported, not the file)
        JsonNode preview2026 = previews.get("2026");
        assertThat(preview2026.path("totalKgce").decimalValue()).isEqualByComparingTo("72143.00");
        assertThat(preview2026.path("lines").get(0).path("kgcePerUnit").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(parameters(preview2026, "第四条")).contains(secondVersion);
        assertThat(previews.get("2025").path("lines").get(0).path("kgcePerUnit").decimalValue())
                .isEqualByComparingTo("0.1229");
        assertThat(parameters(previews.get("2025"), "第四条")).contains("energy-conversion-factors@2025-02-01");
        // 2026: (200 000 kWh × 0.3 + 10 000 m³ × 1.2143) / 2 000 m² = 72 143 / 2 000 = 36.0715 → 36.07; C < E ≤ 1.5·C
        JsonNode rated2026 = json(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2026", null)
                .expectStatus().isCreated());
        assertThat(rated2026.path("totalKgce").decimalValue()).isEqualByComparingTo("72143.00");
        assertThat(rated2026.path("intensity").decimalValue()).isEqualByComparingTo("36.07");
        assertThat(rated2026.path("grade").asInt()).isEqualTo(3);
        assertThat(rated2026.path("lines").get(0).path("kgcePerUnit").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(parameters(rated2026, "第四条")).contains(secondVersion).doesNotContain(firstVersion);
        // 2025 (before any import): (200 000 × 0.1229 + 12 143) / 2 000 = 36 723 / 2 000 = 18.3615 → 18.36
        JsonNode rated2025 = json(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2025", null)
                .expectStatus().isCreated());
        assertThat(rated2025.path("intensity").decimalValue()).isEqualByComparingTo("18.36");
        assertThat(rated2025.path("grade").asInt()).isEqualTo(1);
        assertThat(parameters(rated2025, "第四条")).contains("energy-conversion-factors@2025-02-01");
        JsonNode stored = json(api.get(OWNER, "/api/energy/buildings/" + id + "/ratings/2026").expectStatus().isOk());
        assertThat(parameters(stored, "第四条")).contains(secondVersion);

        // re-importing a valid_from replaces that version
        JsonNode replaced = json(api.put(AUTHORITY, "/api/energy/conversion-factors/2026-07-01", factors(0.28))
                .expectStatus().isOk());
        assertThat(replaced.path("id").asString()).isNotEqualTo(second.path("id").asString());
        assertThat(count("select count(*) from conversion_factor_version")).isEqualTo(2);
        assertThat(electricity(factorsOn("2026-12-31"))).isEqualTo("0.28");
        JsonNode again = json(api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2026", consumption(List.of(
                reading("ELECTRICITY", 200000), reading("NATURAL_GAS", 10000)), List.of())).expectStatus().isOk());
        assertThat(again.path("lines").get(0).path("kgcePerUnit").decimalValue()).isEqualByComparingTo("0.28");
        assertThat(parameters(again, "第四条")).contains("energy-conversion-factors/imported/"
                + replaced.path("id").asString() + "@2026-07-01");
    }

    @Test
    void theScheduledEvaluationRaisesOverdueRatingsAndTheCreditSystemEntryOnceThroughTheOutbox() {
        String id = api.register(DISTRICT, with(largeOffice("Job Tower", "JOB-D"), "reportingParty", "owner-9"));
        // 2024's deadline 2025-06-30 passed; the correction time limit 2025-09-30 passed too → credit-system entry
        api.post(DISTRICT, "/api/energy/buildings/" + id + "/correction-orders",
                Map.of("year", 2024, "deadline", "2025-09-30")).expectStatus().isCreated();
        assertThat(count("select count(*) from obligation where building_id = '" + id + "'")).isZero();

        List<OverdueRating> first = job.evaluate();
        List<OverdueRating> mine = first.stream().filter(o -> o.buildingId().toString().equals(id)).toList();
        assertThat(mine).extracting(OverdueRating::year).containsExactly(2025, 2024);
        assertThat(mine).extracting(OverdueRating::asOf).containsOnly(FixedClock.TODAY);
        assertThat(mine).extracting(OverdueRating::raised).containsExactly(
                List.of("OVERDUE_RATING"), List.of("OVERDUE_RATING", "CREDIT_SYSTEM_ENTRY"));
        assertThat(count("select count(*) from obligation where building_id = '" + id + "' and status = 'OPEN'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from obligation where building_id = '" + id
                + "' and code = 'CREDIT_SYSTEM_ENTRY' and year = 2024 and raised_on = '2027-02-15'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where topic = '" + RAISED + "' and aggregate_id = '"
                + id + "'")).isEqualTo(3);

        // idempotent: a second run finds the same overdue ratings and raises nothing
        List<OverdueRating> again = job.evaluate();
        again.stream().filter(o -> o.buildingId().toString().equals(id))
                .forEach(o -> assertThat(o.raised()).isEmpty());
        assertThat(count("select count(*) from obligation where building_id = '" + id + "'")).isEqualTo(3);
        assertThat(count("select count(*) from outbox_event where topic = '" + RAISED + "' and aggregate_id = '"
                + id + "'")).isEqualTo(3);
        assertThat(texts(json(api.get(DISTRICT, "/api/energy/buildings?obligation=CREDIT_SYSTEM_ENTRY")
                .expectStatus().isOk()), "id")).contains(id);

        // published through the outbox, once each
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), RAISED)) {
            List<ConsumerRecord<String, byte[]>> raised = probe.await(r -> id.equals(r.key()), 3,
                    Duration.ofSeconds(30));
            assertThat(raised).hasSize(3);
            assertThat(probe.drain(Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key()))).hasSize(3);
            assertThat(raised.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .filter(b -> b.contains("\"code\":\"CREDIT_SYSTEM_ENTRY\"")).toList()).hasSize(1);
            raised.forEach(r -> assertThat(EventSchemas.violations(r.topic(), r.value())).isEmpty());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> factor(String carrier, Object factor, String unit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("carrier", carrier);
        row.put("factor", factor);
        if (unit != null) {
            row.put("unit", unit);
        }
        return row;
    }

    private static List<Map<String, Object>> factors(double electricity) {
        return List.of(factor("ELECTRICITY", electricity, "kWh"), factor("NATURAL_GAS", 1.2143, null),
                factor("HEAT", 34.12, "GJ"), factor("COAL", 714.3, null), factor("LPG", 1.7143, null));
    }

    private JsonNode factorsOn(String date) {
        return json(api.get(OWNER, "/api/energy/conversion-factors?date=" + date).expectStatus().isOk());
    }

    private static String electricity(JsonNode table) {
        JsonNode row = table.path("rows").get(0);
        assertThat(row.path("carrier").asString()).isEqualTo("ELECTRICITY");
        return row.path("kgcePerUnit").decimalValue().stripTrailingZeros().toPlainString();
    }

    private long count(String sql) {
        return api.count(sql);
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>(api.snapshot());
        counts.put("conversion_factor_version", count("select count(*) from conversion_factor_version"));
        counts.put("conversion_factor", count("select count(*) from conversion_factor"));
        return counts;
    }
}
