package cn.beijing.platform.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nested classes are named with their enclosing class, unless they sit in an API holder. */
class SchemaNamesTest {

    static final class GradePolicy {
        record Input(int intensity) {
        }
    }

    static final class ScopePolicy {
        record Input(int area) {
        }
    }

    static final class GradeController {
        record GradeRequest(int intensity) {
        }
    }

    @Test
    void namesNestedClassesWithTheirEnclosingClass() {
        assertThat(SchemaNames.name(GradePolicy.Input.class)).isEqualTo("SchemaNamesTestGradePolicyInput");
        assertThat(SchemaNames.name(ScopePolicy.Input.class)).isEqualTo("SchemaNamesTestScopePolicyInput");
        assertThat(SchemaNames.name(GradeController.GradeRequest.class)).isEqualTo("GradeRequest");
        assertThat(SchemaNames.name(SchemaNamesTest.class)).isEqualTo("SchemaNamesTest");
    }
}
