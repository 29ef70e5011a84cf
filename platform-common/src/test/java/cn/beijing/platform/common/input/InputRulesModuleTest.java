package cn.beijing.platform.common.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class InputRulesModuleTest {

    /** Optional facts of a calculator: left out, each is null. */
    record Facts(Boolean stateSecret, Integer floors, BigDecimal area, List<Recognition> recognitions) {
    }

    enum Recognition { MUNICIPAL, NATIONAL }

    private final JsonMapper mapper = InputRulesModule.requestMapper(JsonMapper.builder().build());

    @Test
    void readsYesNoAndNumbersAndLeftOutFacts() {
        assertThat(mapper.readValue("{\"stateSecret\":false,\"floors\":3,\"area\":12.5}", Facts.class))
                .isEqualTo(new Facts(false, 3, new BigDecimal("12.5"), null));
        assertThat(mapper.readValue("{}", Facts.class)).isEqualTo(new Facts(null, null, null, null));
    }

    @Test
    void emptyOrBlankTextIsNotAFactLeftOut() {
        for (String body : new String[] { "{\"stateSecret\":\"\"}", "{\"stateSecret\":\"\\u0000\"}",
                "{\"stateSecret\":\" \"}", "{\"floors\":\"\"}", "{\"floors\":\"\\u0000\"}", "{\"area\":\" \"}" }) {
            assertThatThrownBy(() -> mapper.readValue(body, Facts.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void theTextNullIsNotAFactLeftOut() {
        for (String body : new String[] { "{\"stateSecret\":\"null\"}", "{\"floors\":\"null\"}",
                "{\"area\":\" NULL \"}" }) {
            assertThatThrownBy(() -> mapper.readValue(body, Facts.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class).hasMessageContaining("leave the property out");
        }
        assertThat(mapper.readValue("{\"stateSecret\":\"true\",\"floors\":\"3\"}", Facts.class))
                .isEqualTo(new Facts(true, 3, null, null));
    }

    @Test
    void aNumberIsNotAYesOrNo() {
        for (String body : new String[] { "{\"stateSecret\":1}", "{\"stateSecret\":0}", "{\"stateSecret\":0.5}",
                "{\"stateSecret\":1" + "0".repeat(400) + "}" }) {
            assertThatThrownBy(() -> mapper.readValue(body, Facts.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void aNumberIsNotOneOfAListOfValues() {
        assertThat(mapper.readValue("{\"recognitions\":[\"NATIONAL\"]}", Facts.class).recognitions())
                .containsExactly(Recognition.NATIONAL);
        assertThatThrownBy(() -> mapper.readValue("{\"recognitions\":[1]}", Facts.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
