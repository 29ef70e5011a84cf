package cn.beijing.platform.k8s;

import static cn.beijing.platform.k8s.RenderedManifests.at;
import static cn.beijing.platform.k8s.RenderedManifests.name;
import static cn.beijing.platform.k8s.RenderedManifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every environment must satisfy, checked on the rendered overlays. */
class ManifestInvariantsTest {

    static final List<String> APPLICATIONS = List.of("gateway", "energy-service", "guardianship-service",
            "medical-insurance-service", "subsidy-service");
    /** server.shutdown=graceful with spring.lifecycle.timeout-per-shutdown-phase=20s, plus the pre-stop pause. */
    static final int SHUTDOWN_PHASE_SECONDS = 20;

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void overlaysRenderAndTheCheckedInRendersAreCurrent(String environment) {
        Optional<String> fresh = RenderedManifests.renderWithKubectl(environment);
        fresh.ifPresent(render -> assertThat(render)
                .as("deploy/k8s/rendered/%s.yaml is stale: run deploy/k8s/render.sh", environment)
                .isEqualTo(RenderedManifests.checkedIn(environment)));
        assertThat(RenderedManifests.load(environment)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyApplicationHasItsFullSetOfResources(String environment) {
        List<Map<String, Object>> resources = RenderedManifests.load(environment);
        for (String app : APPLICATIONS) {
            for (String kind : List.of("Deployment", "Service", "ConfigMap", "ServiceAccount", "HorizontalPodAutoscaler",
                    "PodDisruptionBudget", "NetworkPolicy")) {
                assertThat(ofKind(resources, kind)).as("%s %s in %s", kind, app, environment)
                        .anyMatch(r -> app.equals(name(r)));
            }
        }
        List<Map<String, Object>> ingresses = ofKind(resources, "Ingress");
        assertThat(ingresses).as("only the gateway has an Ingress").hasSize(1);
        assertThat(at(ingresses.get(0), "spec", "rules", "0", "http", "paths", "0", "backend", "service", "name"))
                .isEqualTo("gateway");
        assertThat(at(ingresses.get(0), "spec", "tls", "0", "secretName")).as("TLS").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void deploymentsAreProbedSizedHardenedAndStopGracefully(String environment) {
        for (Map<String, Object> deployment : ofKind(RenderedManifests.load(environment), "Deployment")) {
            String app = name(deployment);
            Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
            assertThat(at(pod, "securityContext", "runAsNonRoot")).as(app).isEqualTo(true);
            assertThat(at(pod, "automountServiceAccountToken")).as(app).isEqualTo(false);
            int grace = ((Number) at(pod, "terminationGracePeriodSeconds")).intValue();
            Map<String, Object> container = map(at(pod, "containers", "0"));
            int preStop = ((Number) at(container, "lifecycle", "preStop", "sleep", "seconds")).intValue();
            assertThat(grace).as("%s: grace period covers pre-stop pause and shutdown phase", app)
                    .isGreaterThan(preStop + SHUTDOWN_PHASE_SECONDS);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(at(container, probe, "httpGet", "path")).as("%s %s", app, probe).isNotNull();
            }
            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(at(container, "resources", bound, resource)).as("%s %s.%s", app, bound, resource).isNotNull();
                }
            }
            assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).as(app).isEqualTo(true);
            assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).as(app).isEqualTo(false);
            assertThat(String.valueOf(at(container, "securityContext", "capabilities", "drop"))).as(app).isEqualTo("[ALL]");
            String image = (String) at(container, "image");
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertThat(image).as("%s image has a tag", app).contains(":");
            assertThat(tag).as("%s image tag", app).isNotEqualTo("latest");
            if (environment.equals("prod")) {
                assertThat(tag).as("%s prod tag is a release version", app).matches("\\d+\\.\\d+\\.\\d+");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    @SuppressWarnings("unchecked")
    void networkPoliciesConfineEveryApplication(String environment) {
        List<Map<String, Object>> policies = ofKind(RenderedManifests.load(environment), "NetworkPolicy");
        Map<String, Object> deny = policies.stream().filter(p -> "platform-default-deny".equals(name(p))).findFirst()
                .orElseThrow();
        assertThat(at(deny, "spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat((List<Object>) at(deny, "spec", "podSelector", "matchExpressions", "0", "values"))
                .containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        for (String app : APPLICATIONS) {
            Map<String, Object> policy = policies.stream().filter(p -> app.equals(name(p))).findFirst().orElseThrow();
            assertThat(at(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name")).isEqualTo(app);
            String from = String.valueOf(at(policy, "spec", "ingress", "0", "from"));
            if (app.equals("gateway")) {
                assertThat(from).as("only the ingress controller reaches the gateway").contains("ingress-nginx");
            } else {
                assertThat(from).as("only the gateway reaches %s", app).contains("app.kubernetes.io/name=gateway");
                String egress = String.valueOf(at(policy, "spec", "egress"));
                assertThat(egress).contains("strimzi.io/cluster=platform-kafka").contains("cnpg.io/cluster=platform-db")
                        .contains("kube-dns");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
