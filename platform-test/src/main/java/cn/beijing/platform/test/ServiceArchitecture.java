package cn.beijing.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import cn.beijing.platform.policy.Rule;

/**
 * The one package template of every service, checked the same way in every service's build:
 * <pre>
 * cn.beijing.platform.&lt;service&gt;
 *   api            HTTP: controllers, request and response records; calls the workflows (and the pure rules)
 *   &lt;capability&gt;   application workflows, one package per capability (rating, renewal, assessments, drg…)
 *   policy         the service's policy kernel (its documents, input checks) …
 *   policy.&lt;doc&gt;   … and the rules of one gazette document each: plain Java, no framework, no clock
 *   store          the database (R2DBC), below the workflows
 *   events         the service's messages: event records, topics, listeners that hand an event to its workflow
 *   access         who may see and do what (the service's roles), for the api and the workflows
 *   config         wiring and properties
 * </pre>
 * A service applies it with one test: {@code return ServiceArchitecture.check("cn.beijing.platform.energy");}.
 */
public final class ServiceArchitecture {

    /** The platform's shared modules every service may use: platform-common and platform-policy. */
    private static final Set<String> SHARED_MODULES = Set.of("common", "policy");
    /** The packages of the template that are not capabilities. */
    private static final Set<String> LAYERS = Set.of("api", "policy", "store", "events", "access", "config");

    private ServiceArchitecture() {
    }

    /** One dynamic test per rule, over the main classes of {@code servicePackage}. */
    public static Stream<DynamicTest> check(String servicePackage) {
        return check(servicePackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage));
    }

    /** One dynamic test per rule, over {@code classes} (e.g. a planted violation, in a test). */
    public static Stream<DynamicTest> check(String servicePackage, JavaClasses classes) {
        return rules(servicePackage).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    /** The rules of the template for the service whose root package is {@code servicePackage}. */
    public static List<ArchRule> rules(String s) {
        String policy = s + ".policy..";
        return List.of(
                noClasses().that().resideInAPackage(policy)
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.r2dbc..",
                                "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..", "reactor..",
                                "org.yaml..", "java.io..", "java.nio..", "java.sql..", "java.net..")
                        .because("policy is plain Java: a rule reads its parameters and its input, nothing else")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(policy)
                        .should().callMethodWhere(nowOfJavaTime())
                        .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                        .orShould().callMethod(System.class, "currentTimeMillis")
                        .orShould().callMethod(System.class, "nanoTime")
                        .because("policy has no clock: the decision date is an input")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(policy)
                        .should().dependOnClassesThat(insideServiceButOutside(s, "policy"))
                        .because("policy knows nothing of the workflows, the store, the events or the api")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(policy)
                        .should().callConstructor(java.math.BigDecimal.class, double.class)
                        .orShould().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                        .because("money is never a double").allowEmptyShould(true),
                classes().that().areAnnotatedWith(Rule.class)
                        .should(resideInADocumentPackage(s))
                        .because("a rule lives with the other rules of its document: policy.<document>")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + "..")
                        .should().dependOnClassesThat(anotherServiceOf(s))
                        .because("a service talks to another through its API or its events, never its classes")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + ".api..")
                        .should().dependOnClassesThat().resideInAPackage(s + ".store..")
                        .because("the api goes through a workflow, never to the store")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + "..")
                        .and().resideOutsideOfPackage(s + ".api..")
                        .should().dependOnClassesThat().resideInAPackage(s + ".api..")
                        .because("nothing depends on the api").allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + ".store..")
                        .should().dependOnClassesThat(capabilityOf(s))
                        .because("the store is below the workflows").allowEmptyShould(true),
                noClasses().should(dependOnAnotherCapability(s))
                        .because("a capability does not reach into another: what both need goes down a layer "
                                + "(policy, store, events, access)")
                        .allowEmptyShould(true),
                classes().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        .should().resideInAPackage(s + ".api..")
                        .because("HTTP lives in the api").allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + "..").and().resideOutsideOfPackage(s + ".api..")
                        .should().dependOnClassesThat().resideInAPackage("org.springframework.web.bind.annotation..")
                        .because("HTTP lives in the api").allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + "..")
                        .and().resideOutsideOfPackages(s + ".store..", s + ".config..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.r2dbc..", "io.r2dbc..")
                        .because("SQL lives in the store").allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + "..")
                        .and().resideOutsideOfPackages(s + ".events..", s + ".config..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..",
                                "org.springframework.kafka..")
                        .because("the bus lives in events").allowEmptyShould(true),
                noClasses().that().resideInAPackage(s + "..")
                        .should().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
                        .orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Manager")
                        .because("a class says what it is").allowEmptyShould(true));
    }

    /** {@code now()} of any {@code java.time} type. */
    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> nowOfJavaTime() {
        return DescribedPredicate.describe("now() of java.time",
                call -> call.getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time"));
    }

    /** A class of the service outside {@code layer}. */
    private static DescribedPredicate<JavaClass> insideServiceButOutside(String s, String layer) {
        return DescribedPredicate.describe("reside in " + s + " outside " + s + "." + layer,
                c -> c.getPackageName().startsWith(s + ".") && !topPackage(s, c).equals(Optional.of(layer)));
    }

    /** A class of cn.beijing.platform that is neither this service's nor a shared module's. */
    private static DescribedPredicate<JavaClass> anotherServiceOf(String s) {
        String platform = s.substring(0, s.lastIndexOf('.'));
        return DescribedPredicate.describe("belong to another service of " + platform, c -> {
            String name = c.getPackageName();
            if (!name.startsWith(platform + ".") || name.equals(s) || name.startsWith(s + ".")) {
                return false;
            }
            String module = name.substring(platform.length() + 1).split("\\.")[0];
            return !SHARED_MODULES.contains(module);
        });
    }

    /** A class of a capability (workflow) package of the service. */
    private static DescribedPredicate<JavaClass> capabilityOf(String s) {
        return DescribedPredicate.describe("reside in a capability of " + s,
                c -> topPackage(s, c).filter(p -> !LAYERS.contains(p)).isPresent());
    }

    private static ArchCondition<JavaClass> dependOnAnotherCapability(String s) {
        return new ArchCondition<>("depend on another capability of " + s) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = topPackage(s, origin).filter(p -> !LAYERS.contains(p));
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = topPackage(s, d.getTargetClass()).filter(p -> !LAYERS.contains(p));
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.satisfied(origin, d.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> resideInADocumentPackage(String s) {
        return new ArchCondition<>("reside in a document package " + s + ".policy.<document>") {
            @Override
            public void check(JavaClass rule, ConditionEvents events) {
                boolean inDocument = rule.getPackageName().startsWith(s + ".policy.");
                events.add(new SimpleConditionEvent(rule, inDocument,
                        rule.getName() + (inDocument ? " is" : " is not") + " in a package " + s + ".policy.<document>"));
            }
        };
    }

    /** The first package segment under the service root ({@code api}, {@code rating}…), empty for the root itself. */
    private static Optional<String> topPackage(String s, JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(s + ".")) {
            return Optional.empty();
        }
        return Optional.of(name.substring(s.length() + 1).split("\\.")[0]);
    }
}
