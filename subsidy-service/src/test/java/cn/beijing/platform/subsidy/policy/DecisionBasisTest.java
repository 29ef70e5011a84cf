package cn.beijing.platform.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.beijing.platform.common.basis.Basis;

/** Every decision type of the policy layer carries {@code List<Basis> basis}. */
class DecisionBasisTest {

    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.beijing.platform.subsidy.policy");

    private static boolean looksLikeADecision(Class<?> type) {
        String name = type.getSimpleName();
        return name.endsWith("Decision") || name.endsWith("Outcome");
    }

    @Test
    void everyDecisionRecordHasABasisListComponent() throws ClassNotFoundException {
        int decisions = 0;
        for (JavaClass javaClass : POLICY) {
            Class<?> type = Class.forName(javaClass.getName());
            if (!type.isRecord()) {
                continue;
            }
            if (looksLikeADecision(type) || Decision.class.isAssignableFrom(type)) {
                decisions++;
                assertThat(Decision.class).as("%s implements Decision", type.getName()).isAssignableFrom(type);
                RecordComponent basis = null;
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals("basis")) {
                        basis = component;
                    }
                }
                assertThat(basis).as("%s has a basis component", type.getName()).isNotNull();
                assertThat(basis.getType()).isEqualTo(List.class);
                assertThat(((ParameterizedType) basis.getGenericType()).getActualTypeArguments()[0])
                        .as("%s.basis is List<Basis>", type.getName()).isEqualTo(Basis.class);
            }
        }
        assertThat(decisions).as("decision types found").isGreaterThanOrEqualTo(15);
    }

    @Test
    void noDecisionTypeIsAClassOutsideRecords() throws ClassNotFoundException {
        for (JavaClass javaClass : POLICY) {
            Class<?> type = Class.forName(javaClass.getName());
            if (Decision.class.isAssignableFrom(type) && !type.isInterface()) {
                assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
            }
        }
    }
}
