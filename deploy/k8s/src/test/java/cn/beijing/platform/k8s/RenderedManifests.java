package cn.beijing.platform.k8s;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The rendered overlays: from kubectl when it is installed, else the checked-in renders. */
final class RenderedManifests {

    static Path root() {
        return Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static String checkedIn(String environment) {
        try {
            return Files.readString(k8s().resolve("rendered/" + environment + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kubectl kustomize overlays/<env>} output, or empty when kubectl is not installed. */
    static Optional<String> renderWithKubectl(String environment) {
        ProcessBuilder builder = new ProcessBuilder("kubectl", "kustomize", "overlays/" + environment)
                .directory(k8s().toFile())
                .redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transferTo(bytes);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize did not finish");
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize overlays/" + environment + " failed:\n" + text);
            }
            return Optional.of(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document instanceof Map<?, ?> map) {
                documents.add((Map<String, Object>) map);
            }
        }
        return documents;
    }

    /**
     * The overlay's endpoints ({@code overlays/<env>/endpoints.yaml}, the data of the platform-endpoints ConfigMap
     * that components/endpoints copies into the Gateway, routes, NetworkPolicy and Kafka listener).
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> endpoints(String environment) {
        try {
            Map<String, Object> configMap = parse(Files.readString(k8s().resolve("overlays/" + environment + "/endpoints.yaml"))).get(0);
            return (Map<String, String>) configMap.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> load(String environment) {
        return parse(checkedIn(environment));
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (current instanceof Map<?, ?> map) {
                current = ((Map<String, Object>) map).get(key);
            } else if (current instanceof List<?> list && key.matches("\\d+")) {
                int index = Integer.parseInt(key);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    static String name(Map<String, Object> resource) {
        return (String) at(resource, "metadata", "name");
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }
}
