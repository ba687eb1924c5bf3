package org.factdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Every YAML file for Docker and Kubernetes parses, and the parts others rely on are there. */
class DeploymentFilesTest {

    @Test
    void everyDeployFileIsValidKubernetesYaml() throws IOException {
        List<Path> files = yamlFiles(Path.of("deploy"));
        assertFalse(files.isEmpty(), "deploy/ holds the Kubernetes manifests");
        for (Path file : files) {
            for (Map<String, Object> doc : documents(file)) {
                assertNotNull(doc.get("apiVersion"), file + ": apiVersion");
                assertNotNull(doc.get("kind"), file + ": kind");
                assertNotNull(map(doc, "metadata").get("name"), file + ": metadata.name");
            }
        }
    }

    @Test
    void baseDeploymentRunsSeveralReplicasWithHealthProbes() throws IOException {
        Map<String, Object> deployment = documents(Path.of("deploy/base/deployment.yaml")).stream()
                .filter(d -> "Deployment".equals(d.get("kind")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> spec = map(deployment, "spec");
        assertTrue((Integer) spec.get("replicas") >= 2, "at least two replicas");
        Map<String, Object> container =
                list(map(map(spec, "template"), "spec"), "containers").get(0);
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
            String path = (String) map(map(container, probe), "httpGet").get("path");
            assertTrue(path.startsWith("/q/health"), probe + " uses /q/health: " + path);
        }
    }

    /** Production serves https: cookies Secure, HSTS, the proxy's headers trusted. */
    @Test
    void productionConfigurationAsksForSecureCookies() throws IOException {
        Map<String, Object> config = documents(Path.of("deploy/base/configmap.yaml")).stream()
                .filter(d -> "ConfigMap".equals(d.get("kind")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> data = map(config, "data");
        assertEquals("true", data.get("FACTDESK_SECURE_COOKIES"));
        assertEquals("true", data.get("FACTDESK_BEHIND_PROXY"));
        assertTrue(String.valueOf(data.get("FACTDESK_OIDC_URL")).startsWith("https://"));
    }

    @Test
    void composeRunsPostgresKeycloakAndTheAppWithHealthChecks() throws IOException {
        List<Map<String, Object>> docs = documents(Path.of("docker-compose.yml"));
        assertEquals(1, docs.size());
        Map<String, Object> services = map(docs.get(0), "services");
        for (String service : List.of("postgres", "keycloak", "app")) {
            assertNotNull(map(map(services, service), "healthcheck"), service + " has a healthcheck");
        }
        assertTrue(map(services, "keycloak").toString().contains("seeds/keycloak"), "keycloak imports seeds/keycloak");
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        Yaml yaml = new Yaml(new LoaderOptions());
        for (Object doc : yaml.loadAll(Files.readString(file))) {
            if (doc != null) {
                assertTrue(doc instanceof Map, file + " holds mappings");
                docs.add((Map<String, Object>) doc);
            }
        }
        assertFalse(docs.isEmpty(), file + " is not empty");
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, key + " is a mapping");
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }
}
