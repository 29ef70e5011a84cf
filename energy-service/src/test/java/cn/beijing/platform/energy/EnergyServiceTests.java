package cn.beijing.platform.energy;

import cn.beijing.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the integration tests of the energy service start from: the service on a random port against the real
 * database and broker, deciding on {@link FixedClock}'s day, and {@link EnergyRequests} against it. Each test class
 * has a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
@Import(FixedClock.class)
abstract class EnergyServiceTests {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    EnergyRequests api;

    @BeforeEach
    void client() {
        api = new EnergyRequests(web, db);
    }
}
