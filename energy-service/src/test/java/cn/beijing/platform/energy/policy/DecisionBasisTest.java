package cn.beijing.platform.energy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.common.basis.Basis;

/**
 * Every decision type of the policy package carries {@code List<Basis> basis}. A decision type is any record returned
 * (directly or as a list element) by a public instance method of a public policy class.
 */
class DecisionBasisTest {

    private static final String PACKAGE = "cn.beijing.platform.energy.policy";

    @Test
    void everyDecisionTypeHasABasis() throws Exception {
        Set<Class<?>> decisions = decisionTypes();
        assertThat(decisions).extracting(Class::getName).contains(
                PACKAGE + ".RatingScope$Decision", PACKAGE + ".EnergyGrade$Decision",
                PACKAGE + ".ComprehensiveIntensity$Decision", PACKAGE + ".RetrofitObligation$Decision",
                PACKAGE + ".SpotCheckDraw$Decision", PACKAGE + ".SurveyCalendar$Schedule",
                PACKAGE + ".SurveyCalendar$PhaseDecision", PACKAGE + ".SettlementReconciliation$Decision",
                PACKAGE + ".SurveyDataCompleteness$Decision", PACKAGE + ".RenewalTrialPeriod$Validity",
                PACKAGE + ".OldBuildingClassification$Decision", PACKAGE + ".RenewalPriority$Decision",
                PACKAGE + ".PublicNoticePeriod$Decision");
        List<String> missing = new ArrayList<>();
        for (Class<?> decision : decisions) {
            if (!hasBasis(decision)) {
                missing.add(decision.getName());
            }
        }
        assertThat(missing).as("decision types without List<Basis> basis").isEmpty();
    }

    private static boolean hasBasis(Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals("basis") && component.getType() == List.class
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] == Basis.class) {
                return true;
            }
        }
        return false;
    }

    private static Set<Class<?>> decisionTypes() throws Exception {
        Set<Class<?>> decisions = new LinkedHashSet<>();
        for (Class<?> type : policyClasses()) {
            if (!Modifier.isPublic(type.getModifiers()) || type == EffectiveDated.class || type == InForce.class) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Class<?> returned = method.getReturnType();
                Type generic = method.getGenericReturnType();
                if (returned == List.class && generic instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                    returned = element;
                }
                if (returned.isRecord() && returned.getName().startsWith(PACKAGE)
                        && returned.getEnclosingClass() == type) {
                    decisions.add(returned);
                }
            }
        }
        return decisions;
    }

    private static List<Class<?>> policyClasses() throws URISyntaxException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        // the main classes directory: test classes of the same package live elsewhere on the classpath
        File directory = new File(new File(RatingScope.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                PACKAGE.replace('.', '/'));
        File[] files = directory.listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
        assertThat(files).isNotNull().isNotEmpty();
        for (File file : files) {
            classes.add(Class.forName(PACKAGE + "." + file.getName().replace(".class", "")));
        }
        return classes;
    }
}
