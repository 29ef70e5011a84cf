package cn.beijing.platform.test;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.RuleDescriptor;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * What every service's rule book must hold, checked the same way in every service: every decision carries its basis,
 * every shipped parameter file is read by a declared rule, and every rule has cases.
 */
public final class RuleBookChecks {

    private RuleBookChecks() {
    }

    /**
     * Every record returned by a public method of a rule or policy object (directly or as list items), declared in
     * a policy class, has {@code List<Basis> basis}.
     */
    public static void everyDecisionCarriesItsBasis(RuleBook rules) {
        everyDecisionCarriesItsBasis(rules, Set.of());
    }

    /**
     * As {@link #everyDecisionCarriesItsBasis(RuleBook)}, but {@code notDecisions} — records a rule returns that are
     * not decisions (e.g. the parameters in force for a year, given to a workflow to check before it records) — are
     * not checked.
     */
    public static void everyDecisionCarriesItsBasis(RuleBook rules, Set<Class<?>> notDecisions) {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : rules.instances().keySet()) {
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Class<?> returned = method.getReturnType();
                Type generic = method.getGenericReturnType();
                if (returned == List.class && generic instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                    returned = element;
                }
                if (returned.isRecord() && !notDecisions.contains(returned) && returned.getEnclosingClass() != null
                        && rules.instances().containsKey(returned.getEnclosingClass()) && !hasBasis(returned)) {
                    missing.add(returned.getName());
                }
            }
        }
        for (RuleDescriptor rule : rules.descriptors()) {
            if (rule.decisionClass().isRecord() && !hasBasis(rule.decisionClass())) {
                missing.add(rule.decisionClass().getName() + " (decision of " + rule.id() + ")");
            }
        }
        Assertions.assertEquals(List.of(), missing.stream().distinct().sorted().toList(),
                "decision types without List<Basis> basis");
    }

    /** Every {@code <name>.yaml} under {@code policy/} on the class path is read by a declared rule. */
    public static void everyShippedParameterFileIsRead(ParameterSet parameters) {
        URL directory = RuleBookChecks.class.getClassLoader().getResource("policy");
        Assertions.assertNotNull(directory, "a policy/ directory on the class path");
        Set<String> shipped = new TreeSet<>();
        File[] files;
        try {
            files = new File(directory.toURI()).listFiles((dir, name) -> name.endsWith(".yaml"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Assertions.assertNotNull(files);
        for (File file : files) {
            shipped.add(file.getName().substring(0, file.getName().length() - ".yaml".length()));
        }
        Assertions.assertEquals(shipped, new TreeSet<>(parameters.used()), "parameter files read by the rules");
    }

    /** Every declared rule has a case file (a rule nobody exercised is a rule nobody checked). */
    public static void everyRuleHasCases(RuleBook rules, Set<String> exempt) {
        Set<String> covered = new TreeSet<>();
        PolicyCases.files().forEach(file -> covered.add(file.rule()));
        Set<String> uncovered = new TreeSet<>();
        for (RuleDescriptor rule : rules.descriptors()) {
            if (!covered.contains(rule.id()) && !exempt.contains(rule.id())) {
                uncovered.add(rule.id());
            }
        }
        Assertions.assertEquals(Set.of(), uncovered, "declared rules without a case file");
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
}
