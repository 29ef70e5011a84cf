package cn.beijing.platform.energy;

import static cn.beijing.platform.energy.EnergyRequests.DISTRICT;
import static cn.beijing.platform.energy.EnergyRequests.OTHER_OWNER;
import static cn.beijing.platform.energy.EnergyRequests.OWNER;
import static cn.beijing.platform.energy.EnergyRequests.citations;
import static cn.beijing.platform.energy.EnergyRequests.json;
import static cn.beijing.platform.energy.EnergyRequests.largeOffice;
import static cn.beijing.platform.energy.EnergyRequests.parameters;
import static cn.beijing.platform.energy.EnergyRequests.problem;
import static cn.beijing.platform.energy.EnergyRequests.texts;
import static cn.beijing.platform.energy.EnergyRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.beijing.platform.energytest.PolicyErrorProbe;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Class-1 safety appraisals (京建法〔2024〕14号 第七条第二款) recorded by the district move a building in and out of
 * the old-building ledger (第二条), with the article cited, against the real database on 2027-02-15. Configured as
 * {@code EnergyApiIT}.
 */
@TestPropertySource(properties = "energy.sample-intensity-limits=true")
@Import(PolicyErrorProbe.class)
class SafetyAppraisalIT extends EnergyServiceTests {

    private static final String K14 = "京建法〔2024〕14号";

    @Test
    void anAppraisalAtDMovesABuildingIntoClassOneAndCompletedMeasuresMoveItOut() {
        String id = api.register(OWNER, largeOffice("Appraised Tower", "海淀区"));     // built 2010, no hazard
        String path = "/api/energy/buildings/" + id + "/safety-appraisals";
        assertThat(renewal(id).path("classOne").asBoolean()).isFalse();

        // bad input: every field named, nothing written; only the district records
        Map<String, Long> before = api.snapshot();
        problem(api.post(DISTRICT, path, appraisal("2027-01-10", null, null, null, "RPT-1")), 422, "dangerGrade");
        problem(api.post(DISTRICT, path, appraisal("2027-02-16", "D", null, null, "RPT-1")), 422, "appraisedOn");
        problem(api.post(DISTRICT, path, appraisal("2027-01-10", "D", null, "2027-01-09", "RPT-1")), 422,
                "measuresCompletedOn");
        problem(api.post(DISTRICT, path, appraisal("2027-01-10", "D", null, "2027-02-16", "RPT-1")), 422,
                "measuresCompletedOn");
        problem(api.post(DISTRICT, path, appraisal("2009-12-31", "D", null, null, "RPT-1")), 422, "appraisedOn");
        problem(api.post(DISTRICT, path, appraisal("2027-01-10", "D", null, null, " ")), 422, "reportReference");
        problem(api.post(DISTRICT, path, appraisal("2027-01-10", "E", null, null, "RPT-1")), 400, "dangerGrade");
        api.post(OWNER, path, appraisal("2027-01-10", "D", null, null, "RPT-1")).expectStatus().isForbidden();
        api.post(DISTRICT, "/api/energy/buildings/" + java.util.UUID.randomUUID() + "/safety-appraisals",
                appraisal("2027-01-10", "D", null, null, "RPT-1")).expectStatus().isNotFound();
        assertThat(api.snapshot()).isEqualTo(before);

        // danger grade D, measures not done: a confirmed hazard → class 1 (第二条), with 第七条 (一)'s obligations
        JsonNode entered = json(api.post(DISTRICT, path, appraisal("2027-01-10", "D", null, null, "RPT-1"))
                .expectStatus().isCreated());
        assertThat(entered.path("movement").asString()).isEqualTo("ENTERED");
        assertThat(entered.path("classOneBefore").asBoolean()).isFalse();
        assertThat(entered.path("classOneAfter").asBoolean()).isTrue();
        assertThat(texts(entered.path("reasons"), null)).containsExactly("CLASS_ONE_UNRESOLVED_SAFETY_HAZARD");
        assertThat(texts(entered.path("obligations"), null)).contains("USE_OR_STOP_USE_PER_APPRAISAL_REPORT",
                "PROMPT_RENEWAL_REQUIRED", "DISTRICT_PURCHASE_APPLICATION_AVAILABLE");
        assertThat(citations(entered)).contains(K14 + " 第五条", K14 + " 第二条", K14 + " 第七条第二款");
        assertThat(parameters(entered, "第七条第二款")).isEqualTo("old-building-appraisal-no-measure-grades@2024-12-26");
        JsonNode in = renewal(id);
        assertThat(in.path("classOne").asBoolean()).isTrue();
        assertThat(in.path("safetyAppraisal").path("movement").asString()).isEqualTo("ENTERED");
        assertThat(in.path("safetyAppraisal").path("dangerGrade").asString()).isEqualTo("D");

        // the measures the report recommends are completed → out of class 1
        JsonNode left = json(api.post(DISTRICT, path, appraisal("2027-01-10", "D", null, "2027-02-10", "RPT-1"))
                .expectStatus().isCreated());
        assertThat(left.path("movement").asString()).isEqualTo("LEFT");
        assertThat(left.path("classOneAfter").asBoolean()).isFalse();
        assertThat(left.path("reasons")).isEmpty();
        assertThat(renewal(id).path("classOne").asBoolean()).isFalse();

        // an older report recorded afterwards does not replace the newer one
        JsonNode older = json(api.post(DISTRICT, path, appraisal("2026-05-01", "C", null, null, "RPT-0"))
                .expectStatus().isCreated());
        assertThat(older.path("movement").asString()).isEqualTo("UNCHANGED");
        assertThat(older.path("classOneAfter").asBoolean()).isFalse();
        assertThat(renewal(id).path("safetyAppraisal").path("measuresCompletedOn").asString()).isEqualTo("2027-02-10");

        // the history, oldest appraisal first; the owner reads it, another owner does not see the building
        JsonNode history = json(api.get(OWNER, path).expectStatus().isOk());
        assertThat(texts(history, "movement")).containsExactly("UNCHANGED", "ENTERED", "LEFT");
        api.get(OTHER_OWNER, path).expectStatus().isNotFound();
    }

    @Test
    void aPre1980BuildingLeavesClassOneOnAStructuralGradeANotOnADangerGradeAlone() {
        String id = api.register(OWNER, with(largeOffice("Old Appraised Tower", "海淀区"), "yearBuilt", 1975,
                "seismicAppraisedAndReinforced", false));
        String path = "/api/energy/buildings/" + id + "/safety-appraisals";
        assertThat(renewal(id).path("classOne").asBoolean()).isTrue();
        // a danger grade A is no seismic appraisal: still "1980年以前建成且未进行抗震鉴定与加固"
        JsonNode dangerOnly = json(api.post(DISTRICT, path, appraisal("2027-01-05", "A", null, null, "RPT-7"))
                .expectStatus().isCreated());
        assertThat(dangerOnly.path("movement").asString()).isEqualTo("UNCHANGED");
        assertThat(texts(dangerOnly.path("reasons"), null))
                .contains("CLASS_ONE_BUILT_EARLY_WITHOUT_SEISMIC_REINFORCEMENT");
        // [platform rule] structural or seismic grade A needs no measure: the appraisal completes 鉴定与加固
        JsonNode sound = json(api.post(DISTRICT, path, appraisal("2027-02-01", "A", "A", null, "RPT-8"))
                .expectStatus().isCreated());
        assertThat(sound.path("movement").asString()).isEqualTo("LEFT");
        JsonNode status = renewal(id);
        assertThat(status.path("classOne").asBoolean()).isFalse();
        assertThat(texts(status.path("reasons"), null)).containsExactly("CLASS_TWO_BUILT_EARLY_WITHOUT_ENERGY_RETROFIT");
    }

    private JsonNode renewal(String id) {
        return json(api.get(DISTRICT, "/api/energy/buildings/" + id + "/renewal").expectStatus().isOk());
    }

    private static Map<String, Object> appraisal(String appraisedOn, String danger, String structural,
                                                 String completed, String report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appraisedOn", appraisedOn);
        if (danger != null) {
            body.put("dangerGrade", danger);
        }
        if (structural != null) {
            body.put("structuralOrSeismicGrade", structural);
        }
        if (completed != null) {
            body.put("measuresCompletedOn", completed);
        }
        body.put("reportReference", report);
        return body;
    }
}
