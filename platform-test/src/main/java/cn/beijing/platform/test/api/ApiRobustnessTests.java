package cn.beijing.platform.test.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API robustness tests every service runs (issue 10: the fuzz over every POST/PUT/PATCH endpoint and scoped roles
 * without their claim; issue 13: every numeric field bounded). A service's integration test extends this class (with
 * a random port, {@code @AutoConfigureWebTestClient} and {@code @RealInfrastructure}); its seeds are
 * {@code api-seeds.yaml} on the test class path. {@link #api()} and {@link #tables()} serve the service's own tests.
 */
public abstract class ApiRobustnessTests {

    private static ApiRobustness robustness;
    private static String robustnessOf;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected WebTestClient web;

    private ApiCalls api;
    private TableCounts tables;

    /** The classpath resource with the service's seeds ({@link ApiSeeds}). */
    protected String seedResource() {
        return "api-seeds.yaml";
    }

    /** Requests to the service as written (no encoding). */
    protected final ApiCalls api() {
        if (api == null) {
            api = new ApiCalls(web, port());
        }
        return api;
    }

    /** Row counts of the service's tables, without those its seeds say change by design or asynchronously. */
    protected final TableCounts tables() {
        if (tables == null) {
            tables = TableCounts.of(context.getEnvironment(),
                    ApiSeeds.load(seedResource()).ignoredTables().keySet().toArray(String[]::new));
        }
        return tables;
    }

    @AfterEach
    void closeTables() {
        if (tables != null) {
            tables.close();
            tables = null;
        }
    }

    /** A 400 or 422 problem naming {@code field}. */
    protected static void assertRefused(ApiResponse response, String field) {
        assertTrue(response.status() == 400 || response.status() == 422, response::toString);
        assertTrue(response.problem(), response::toString);
        assertTrue(response.fields().contains(field), response::toString);
    }

    private int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    protected final ApiRobustness robustness() {
        String key = getClass().getName();
        if (robustness == null || !key.equals(robustnessOf)) {
            if (robustness != null) {
                robustness.close();
            }
            robustness = ApiRobustness.of(context, web, port(), seedResource());
            robustnessOf = key;
        }
        return robustness;
    }

    @AfterAll
    static void closeRobustness() {
        if (robustness != null) {
            robustness.close();
            robustness = null;
        }
    }

    @Test
    void everyEndpointHasASeedTheServiceAccepts() {
        List<String> problems = robustness().seedProblems();
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void fuzzedCommandsNeverFailWithA5xxAlwaysAnswerProblemsAndWriteNothingWhenRefused() {
        ApiRobustness.FuzzReport report = robustness().fuzz();
        assertEquals(robustness().commands().size(), report.endpoints());
        assertTrue(report.violations().isEmpty(), () -> report + "\n" + String.join("\n",
                report.violations().subList(0, Math.min(40, report.violations().size()))));
    }

    @Test
    void everyNumericFieldOfEveryCommandIsBoundedAndNamedIn50Milliseconds() {
        ApiRobustness.NumericReport report = robustness().numericBounds();
        assertTrue(report.fields() > 0, "no numeric field found");
        assertTrue(report.violations().isEmpty(), () -> report + "\n" + String.join("\n",
                report.violations().subList(0, Math.min(40, report.violations().size()))));
    }

    @Test
    void aScopedRoleWithoutItsClaimSeesAndChangesNothing() {
        ApiRobustness.ScopeReport report = robustness().scopedRoles();
        assertFalse(report.scopedEndpoints().isEmpty(), "no endpoint is seeded with a scoped role");
        assertTrue(report.violations().isEmpty(), () -> report + "\n" + String.join("\n", report.violations()));
    }
}
