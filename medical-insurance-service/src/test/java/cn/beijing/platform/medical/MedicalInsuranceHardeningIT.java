package cn.beijing.platform.medical;

import static cn.beijing.platform.medical.MedicalTestSupport.API;
import static cn.beijing.platform.medical.MedicalTestSupport.BUREAU;
import static cn.beijing.platform.medical.MedicalTestSupport.CSV;
import static cn.beijing.platform.medical.MedicalTestSupport.H001;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.TestTokens;
import cn.beijing.platform.test.api.ApiRequest;
import cn.beijing.platform.test.api.ApiResponse;
import cn.beijing.platform.test.api.ApiRobustness;
import cn.beijing.platform.test.api.ApiRobustnessTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Defects found from outside (issue 10): a hospital token without its agency claim saw every hospital's cases; NUL
 * characters, unbounded numbers, 1 MB strings and dates out of range in calculators and imports gave 500s. Each is
 * now 400/422 naming the field (or the CSV line and column) and writes nothing. With the platform's API robustness
 * tests (fuzz, numeric bounds, scoped roles) seeded from {@code api-seeds.yaml}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class MedicalInsuranceHardeningIT extends ApiRobustnessTests {

    static final String CATALOGUE_HEADER = "code,name,part,category_code,payment_standard\n";

    private static boolean referenceImported;

    @BeforeEach
    void importReferenceData() {
        if (!referenceImported) {
            MedicalTestSupport.importReferenceData(web.mutate()
                    .responseTimeout(java.time.Duration.ofSeconds(60)).build());
            referenceImported = true;
        }
    }

    @Test
    void aHospitalTokenWithoutItsAgencyClaimSeesNoCase() {
        ApiResponse settled = api().post(H001, API + "/drg-cases", Map.of("hospitalCaseId", "SCOPE-1",
                "hospitalCode", "SAMPLE-H001", "groupCode", "SAMPLE-D01", "insurance", "EMPLOYEE",
                "actualCost", 10000, "dischargeDate", "2025-03-01"));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(201);
        String noAgency = TestTokens.bearer("h-clerk", null, "HOSPITAL");
        ApiResponse listing = api().get(noAgency, API + "/drg-cases");
        assertThat(listing.body()).doesNotContain("SCOPE-1");
        assertThat(listing.status()).as(listing.toString()).isEqualTo(403);
        ApiResponse one = api().get(noAgency, API + "/drg-cases/" + settled.json().path("id").asString());
        assertThat(one.status()).as(one.toString()).isIn(403, 404);
        assertThat(one.body()).doesNotContain("SCOPE-1");
    }

    @Test
    void aNulInADrugCodeIsRefusedNamingTheField() {
        assertRefused(api().post(H001, API + "/drug-claim-line-evaluations", Map.of("drugCode", "X\u0000Y", "price", 10,
                "quantity", 1, "serviceDate", "2025-03-01")), "drugCode");
        ApiResponse path = api().get(H001, API + "/drug-catalogue/drugs/X%00Y");
        assertThat(path.status()).as(path.toString()).isIn(400, 404, 422);
        assertThat(path.problem()).isTrue();
        assertRefused(api().get(H001, API + "/drug-catalogue/drugs?code=X%00Y"), "code");
    }

    @Test
    void aNulInACsvOrJsonImportIsRefusedNamingTheLineOrRowAndNothingIsWritten() {
        Map<String, Long> before = tables().snapshot();
        assertRefused(api().send(HttpMethod.POST, API + "/drug-catalogue/imports", BUREAU, CSV,
                CATALOGUE_HEADER + "NUL1,Name\u0000,WESTERN_MEDICINE,,\n"), "line 2.name");
        assertRefused(api().post(BUREAU, API + "/drug-catalogue/imports", Map.of("rows", List.of(Map.of("code", "NUL\u00002",
                "name", "n", "part", "WESTERN_MEDICINE")))), "rows[0].code");
        assertRefused(api().send(HttpMethod.POST, API + "/price-items/imports", BUREAU, CSV,
                "code,name,unit,price,valid_from\nP\u00001,x,次,1,2025-01-01\n"), "line 2.code");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aQuotedCommaInACsvCellIsOneCell() {
        ApiResponse imported = api().send(HttpMethod.POST, API + "/drug-catalogue/imports", BUREAU, CSV,
                "\"code\",\"name\",\"part\"\nQC1,\"Tablets, coated\",WESTERN_MEDICINE\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(api().get(H001, API + "/drug-catalogue/drugs/QC1").json().path("name").asString())
                .isEqualTo("Tablets, coated");
        ApiResponse weights = api().send(HttpMethod.POST, API + "/drg-weight-computations", BUREAU, CSV,
                "\"group_code\",\"cost\"\n\"SAMPLE-D01\",\"100.00\"\nSAMPLE-D01,200\n");
        assertThat(weights.status()).as(weights.toString()).isEqualTo(201);
    }

    @Test
    void hugeNumbersInPriceItemImportsAreRefusedNamingTheCell() {
        Map<String, Long> before = tables().snapshot();
        for (String price : List.of("1e308", "1e20", "1e2000000")) {
            assertRefused(api().send(HttpMethod.POST, API + "/price-items/imports", BUREAU, CSV,
                    "code,name,unit,price,valid_from\nHUGE1,x,次," + price + ",2025-01-01\n"), "line 2.price");
            assertRefused(api().send(HttpMethod.POST, API + "/price-items/imports", BUREAU, MediaType.APPLICATION_JSON,
                    "{\"rows\":[{\"code\":\"HUGE2\",\"name\":\"x\",\"unit\":\"u\",\"price\":" + price
                            + ",\"validFrom\":\"2025-01-01\"}]}"), "rows[0].price");
        }
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aFourHundredDigitWeightInTheGroupTableIsRefusedNamingTheCell() {
        Map<String, Long> before = tables().snapshot();
        String weight = "1" + "0".repeat(399);
        assertRefused(api().send(HttpMethod.PUT, API + "/drg-group-table", BUREAU, CSV,
                "code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard\n"
                        + "BIG-1,Big group," + weight + ",DRG,false,\n"), "line 2.weight");
        assertRefused(api().send(HttpMethod.PUT, API + "/drg-group-table", BUREAU, MediaType.APPLICATION_JSON,
                "{\"rows\":[{\"code\":\"BIG-1\",\"name\":\"Big group\",\"weight\":" + weight
                        + ",\"designatedEmployeePayment\":\"DRG\"}]}"), "rows[0].weight");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aMegabyteStringInAnImportIsRefusedNamingTheCell() {
        Map<String, Long> before = tables().snapshot();
        String huge = "x".repeat(1_000_000);
        assertRefused(api().send(HttpMethod.POST, API + "/drug-catalogue/imports", BUREAU, CSV,
                CATALOGUE_HEADER + "BIG1," + huge + ",WESTERN_MEDICINE,,\n"), "line 2.name");
        Map<String, Object> row = new LinkedHashMap<>(Map.of("code", "BIG2", "name", huge, "part", "WESTERN_MEDICINE"));
        assertRefused(api().post(BUREAU, API + "/drug-catalogue/imports", Map.of("rows", List.of(row))), "rows[0].name");
        assertRefused(api().send(HttpMethod.POST, API + "/price-items/imports", BUREAU, CSV,
                "code,name,unit,price,valid_from\nBIG3," + huge + ",次,1,2025-01-01\n"), "line 2.name");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void aDateBeforeTheYearOneIsRefusedNamingTheField() {
        Map<String, Long> before = tables().snapshot();
        assertRefused(api().post(BUREAU, API + "/price-items/imports", Map.of("rows", List.of(Map.of("code", "D1", "name", "x",
                "unit", "次", "price", 1, "validFrom", "-0001-01-01")))), "rows[0].validFrom");
        assertRefused(api().send(HttpMethod.POST, API + "/price-items/imports", BUREAU, CSV,
                "code,name,unit,price,valid_from\nD2,x,次,1,-0001-01-01\n"), "line 2.valid_from");
        assertRefused(api().post(H001, API + "/drg-payment-evaluations", Map.of("weight", 1, "infectiousDiseaseSpecialty",
                false, "insurance", "EMPLOYEE", "actualCost", 100, "dischargeDate", "-0001-01-01")), "dischargeDate");
        assertThat(tables().snapshot()).isEqualTo(before);
    }

    @Test
    void anUnboundedPriceInACalculatorIsRefusedIn50Milliseconds() {
        for (int i = 0; i < 5; i++) {   // warm-up: the first requests of a context initialise lazily
            api().post(H001, API + "/drug-price-evaluations", Map.of("price", 12, "paymentStandard", 10, "quantity", 1));
        }
        for (String price : List.of("1e2000000", "1e308", "-1e2000000")) {
            // before the fix, 1e2000000 kept a core busy for seconds (issue 13); the best of a few tries here
            ApiResponse response = api().fastest(new ApiRequest("POST", API + "/drug-price-evaluations", H001,
                    MediaType.APPLICATION_JSON, "{\"price\": " + price + ", \"paymentStandard\": 10, \"quantity\": 1}",
                    Map.of(), "price " + price), ApiRobustness.NUMBER_LIMIT);
            assertRefused(response, "price");
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.elapsed()).as(response.toString()).isLessThan(ApiRobustness.NUMBER_LIMIT);
        }
    }

    /** Found by the fuzz: a blank path variable reached the controller as a missing one (500). */
    @Test
    void aBlankPathVariableIsRefusedNotA500() {
        ApiResponse response = api().send(HttpMethod.POST, API + "/drg-cases/%20/special-case-requests", H001, null, null);
        assertRefused(response, "path");
        ApiResponse tab = api().get(H001, API + "/drg-cases/%09");
        assertRefused(tab, "path");
    }

}
