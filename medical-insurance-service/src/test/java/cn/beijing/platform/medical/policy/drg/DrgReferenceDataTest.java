package cn.beijing.platform.medical.policy.drg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.parameters.ParameterFileException;
import cn.beijing.platform.medical.policy.ShippedParameters;

class DrgReferenceDataTest {

    private static java.io.InputStream text(String csv) {
        return new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private final DrgGroupingScheme scheme = ShippedParameters.parameter("drg-grouping-scheme", DrgGroupingScheme.class).versions().get(0).value();

    @Test
    void theShippedGroupTableAndHospitalListAreLabelledSamples() {
        DrgGroupTable table = DrgReferenceDataCsv.sampleGroupTable();
        DesignatedHospitals hospitals = DrgReferenceDataCsv.sampleDesignatedHospitals();
        assertThat(table.sample()).isTrue();
        assertThat(hospitals.sample()).isTrue();
        assertThat(table.groups()).allSatisfy((code, group) -> assertThat(code).startsWith("SAMPLE-"));
        assertThat(hospitals.hospitalCodes()).allSatisfy(code -> assertThat(code).startsWith("SAMPLE-"));
        assertThat(table.completenessIssues(scheme)).isNotEmpty();
        assertThat(hospitals.completenessIssues(scheme)).isNotEmpty();
        assertThat(table.group("SAMPLE-K01").orElseThrow().previousStandard()).isEqualByComparingTo("30000");
    }

    @Test
    void aCompleteTableMatchesThePrintedCounts() {
        Map<String, DrgGroup> groups = new HashMap<>();
        for (int i = 0; i < 682; i++) {
            String code = "G" + i;
            boolean kept = i < 33;
            DesignatedEmployeePayment payment = i < 632 ? DesignatedEmployeePayment.DRG
                    : DesignatedEmployeePayment.PER_ITEM_WITH_DRG_SIMULATION;
            groups.put(code, new DrgGroup(code, code, kept ? null : BigDecimal.ONE, payment, kept,
                    kept ? BigDecimal.TEN : null));
        }
        assertThat(new DrgGroupTable("test", false, groups).completenessIssues(scheme)).isEmpty();
        Set<String> hospitals = new HashSet<>();
        for (int i = 0; i < 80; i++) {
            hospitals.add("H" + i);
        }
        assertThat(new DesignatedHospitals("test", false, hospitals).completenessIssues(scheme)).isEmpty();
        groups.remove("G681");
        assertThat(new DrgGroupTable("test", false, groups).completenessIssues(scheme))
                .anySatisfy(issue -> assertThat(issue).contains("681 groups"));
    }

    @Test
    void refusesBrokenCsv() {
        String header = "code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard\n";
        assertThatThrownBy(() -> DrgReferenceDataCsv.groupTable("t", false, text("code,name\nA,B\n")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> DrgReferenceDataCsv.groupTable("t", false, text(header + "K,k,,DRG,true,\n")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("previous standard");
        assertThatThrownBy(() -> DrgReferenceDataCsv.groupTable("t", false, text(header + "A,a,0,DRG,false,\n")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> DrgReferenceDataCsv.groupTable("t", false,
                text(header + "A,a,1,DRG,false,\nA,a,1,DRG,false,\n")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> DrgReferenceDataCsv.groupTable("t", false, text(header + "A,a,1,SOMETIMES,false,\n")))
                .isInstanceOf(ParameterFileException.class);
        assertThatThrownBy(() -> DrgReferenceDataCsv.designatedHospitals("t", false,
                text("hospital_code,name\nH1,a\nH1,b\n"))).isInstanceOf(ParameterFileException.class);
    }
}
