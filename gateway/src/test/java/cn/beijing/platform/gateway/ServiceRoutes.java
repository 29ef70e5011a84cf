package cn.beijing.platform.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Where a gateway under test sends each of the four services, and the rate limiter's {@link SharedRedis}. */
final class ServiceRoutes {

    private ServiceRoutes() {
    }

    static void register(DynamicPropertyRegistry registry, Supplier<Object> energy, Supplier<Object> guardianship,
                         Supplier<Object> medicalInsurance, Supplier<Object> subsidy) {
        registry.add("PLATFORM_ENERGY_URI", energy);
        registry.add("PLATFORM_GUARDIANSHIP_URI", guardianship);
        registry.add("PLATFORM_MEDICAL_INSURANCE_URI", medicalInsurance);
        registry.add("PLATFORM_SUBSIDY_URI", subsidy);
        registry.add("PLATFORM_REDIS_PORT", SharedRedis::port);
    }

    /** The URI of a service that is not running: a local port nothing listens on. */
    static String notRunning() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
