package cn.beijing.platform.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway test whose four service routes all lead to one {@link StubService} (one for the tests of this JVM) and
 * whose rate limiter uses the {@link SharedRedis}. What the stub saw is forgotten before each test, so a test sees
 * only its own requests.
 */
abstract class StubRoutedGateway {

    static final StubService stub = new StubService();

    @DynamicPropertySource
    static void routeEveryServiceToTheStub(DynamicPropertyRegistry registry) {
        ServiceRoutes.register(registry, stub::uri, stub::uri, stub::uri, stub::uri);
    }

    @BeforeEach
    void forgetWhatTheStubSaw() {
        stub.forget();
    }
}
