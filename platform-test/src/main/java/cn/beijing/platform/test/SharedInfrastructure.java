package cn.beijing.platform.test;

import java.util.Locale;

/**
 * The one {@link Infrastructure} of a test JVM, started on first use and stopped at JVM exit.
 *
 * <p>Choice: the system property or environment variable {@code PLATFORM_TEST_INFRA} ({@code docker} or
 * {@code embedded}) when set; otherwise Docker when an engine answers, else embedded.
 */
public final class SharedInfrastructure {

    private static Infrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = start();
            Infrastructure started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "infrastructure-stop"));
        }
        return instance;
    }

    private static Infrastructure start() {
        String choice = System.getProperty("PLATFORM_TEST_INFRA", System.getenv("PLATFORM_TEST_INFRA"));
        choice = choice == null ? "" : choice.toLowerCase(Locale.ROOT);
        if (choice.equals("docker") || (!choice.equals("embedded") && ContainerInfrastructure.dockerAvailable())) {
            return ContainerInfrastructure.start();
        }
        return EmbeddedInfrastructure.start();
    }

    private static void close(Infrastructure infrastructure) {
        if (infrastructure instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // JVM is exiting; nothing more to do
            }
        }
    }
}
