package cn.beijing.platform.subsidy.api;

import java.time.Duration;

import cn.beijing.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service over HTTP against the real database and broker (a database of its own for each test class): what the
 * API tests of subsidy-service share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
abstract class SubsidyApiTest {

    static final String API = "/api/subsidies";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    /** The first request of a cold context on a loaded build machine may take longer than the default 5 s. */
    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** The single count {@code n} a query selects. */
    long count(String sql) {
        return db.sql(sql).map(r -> r.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }
}
