package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.fairness.testing.PluginDescriptor.runtimeDependencies;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every runtime dependency of the plugin is resolved and put in the class realm of every goal, {@code check} on a
 * predictions file included: the site renderer, Velocity and the archivers that {@code maven-reporting-impl} brings
 * cost a cold build about a second and a half of CPU (performance.md, "fixed cost"), for a page the report goal writes
 * with four Sink calls. ONNX Runtime, DJL and ImageJ (14 of the 24 nodes Maven collected) are not runtime dependencies
 * either: {@code InferenceLibraries} resolves them only for goals that score images. The descriptor's list is what
 * Maven resolves for the realm.
 */
class PluginRuntimeDependenciesTest {
    /** Group ids, or group:artifact prefixes, of the site-rendering stack. */
    private static final List<String> SITE_STACK = List.of("org.apache.maven.reporting:maven-reporting-impl",
            "org.apache.maven.doxia:doxia-core", "org.apache.maven.doxia:doxia-site", "org.apache.maven.doxia:doxia-module",
            "org.apache.maven.doxia:doxia-integration-tools", "org.apache.maven.doxia:doxia-skin-model",
            "org.apache.velocity", "org.codehaus.plexus:plexus-velocity", "org.codehaus.plexus:plexus-archiver",
            "org.codehaus.plexus:plexus-io", "org.apache.maven:maven-archiver", "commons-beanutils",
            "commons-collections", "org.apache.commons:commons-digester3", "com.github.luben:zstd-jni");

    @Test
    void thePluginsRuntimeDependenciesCarryNoSiteRendererVelocityOrArchiver() throws Exception {
        List<String> siteStack = runtimeDependencies().stream()
                .filter(d -> SITE_STACK.stream().anyMatch(d::startsWith)).toList();

        assertEquals(List.of(), siteStack, "the report goal writes to Doxia's Sink (doxia-sink-api) alone");
    }

    @Test
    void thePluginsRuntimeDependenciesAreJacksonAndTheReportingApiOnly() throws Exception {
        assertEquals(List.of(
                        "com.fasterxml.jackson.core:jackson-annotations", "com.fasterxml.jackson.core:jackson-core",
                        "com.fasterxml.jackson.core:jackson-databind",
                        "com.fasterxml.jackson.dataformat:jackson-dataformat-csv",
                        "org.apache.maven.doxia:doxia-sink-api", "org.apache.maven.reporting:maven-reporting-api"),
                runtimeDependencies(),
                "a new runtime dependency is resolved and loaded into every goal's realm: add it here deliberately "
                        + "(ONNX Runtime, DJL and ImageJ are resolved by InferenceLibraries, for goals that score images)");
    }
}
