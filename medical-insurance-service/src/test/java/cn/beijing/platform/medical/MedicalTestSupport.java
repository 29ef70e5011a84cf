package cn.beijing.platform.medical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.beijing.platform.medical.policy.drg.DrgReferenceDataCsv;
import cn.beijing.platform.test.TestTokens;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Tokens, reference data, the JSON reader and row counts shared by the integration tests. */
final class MedicalTestSupport {

    /** Where the service's API is. */
    static final String API = "/api/medical-insurance";

    static final String BUREAU = TestTokens.bearer("bureau-officer-1", "BJ-HSB", "MEDICAL_BUREAU");
    static final String BUREAU_2 = TestTokens.bearer("bureau-officer-2", "BJ-HSB", "MEDICAL_BUREAU");
    static final String H001 = TestTokens.bearer("h001-clerk", "SAMPLE-H001", "HOSPITAL");
    static final String H002 = TestTokens.bearer("h002-clerk", "SAMPLE-H002", "HOSPITAL");
    static final String H900 = TestTokens.bearer("h900-clerk", "TEST-H900", "HOSPITAL");
    static final String HOSPITAL_NOT_LISTED = TestTokens.bearer("h777-clerk", "TEST-H777", "HOSPITAL");
    static final String ANY_ROLE = TestTokens.bearer("energy-owner", "SOME-OWNER", "ENERGY_OWNER");

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** Reads numbers as BigDecimal, so that their scale (2 decimals for money, 4 for weights) can be checked. */
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * The test hospital list: the two SAMPLE designated hospitals (one an infectious-disease specialty hospital) and a
     * non-designated hospital with inpatient service (only the 33 kept groups are DRG-paid there).
     */
    static final String HOSPITALS_CSV = """
            # SAMPLE DATA for tests - not the official 附件3
            hospital_code,name,designated,infectious_disease_specialty,level
            SAMPLE-H001,Sample designated hospital 1,true,false,TERTIARY
            SAMPLE-H002,Sample designated infectious-disease specialty hospital,true,true,SECONDARY
            TEST-H900,Test non-designated hospital,false,false,SECONDARY
            """;

    private MedicalTestSupport() {
    }

    static String resource(String path) {
        try (InputStream in = MedicalTestSupport.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped SAMPLE group table (4 groups) and the test hospital list. */
    static void importReferenceData(WebTestClient web) {
        web.put().uri("/api/medical-insurance/drg-group-table").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(resource(DrgReferenceDataCsv.SAMPLE_GROUPS)).exchange().expectStatus().isOk();
        web.put().uri("/api/medical-insurance/drg-hospitals").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(HOSPITALS_CSV).exchange().expectStatus().isOk();
    }

    static long count(DatabaseClient db, String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(30));
    }
}
