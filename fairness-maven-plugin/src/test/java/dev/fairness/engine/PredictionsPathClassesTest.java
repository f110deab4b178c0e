package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A predictions job pays for nothing it does not use: reading, evaluating, writing the result files and the report
 * of a predictions file load no class of ONNX Runtime, DJL (its engine and tokenizers), ImageJ or the Maven API, and
 * not Jackson's {@code ObjectMapper} (about 0.4 s of CPU cold; performance.md), nor the bootstraps of indy string
 * concatenation and of records' generated {@code toString}/{@code equals}/{@code hashCode}, which spin method-handle
 * classes on a cold JVM, nor a {@code UUID} (its first random one seeds a {@code SecureRandom}), nor the JDK's date
 * formatters or temporal units (about 150 classes to build its formatters for three timestamps). The path runs in a
 * class loader of its own, with the test class path, that records every class it is asked for: a class the path
 * touches is asked for, whatever the order or the thread.
 */
class PredictionsPathClassesTest {
    private static final List<String> UNUSED_ON_THIS_PATH = List.of("ai.onnxruntime.", "ai.djl.", "ij.",
            "org.apache.maven.", "com.fasterxml.jackson.databind.ObjectMapper",
            "java.lang.invoke.StringConcatFactory", "java.lang.runtime.ObjectMethods", "java.util.UUID",
            "java.time.format.", "java.time.temporal.");

    @Test
    void aPredictionsJobLoadsNoInferenceRuntimeImageReaderOrObjectMapperClass(@TempDir Path dir) throws Exception {
        Set<String> requested;
        try (RecordingLoader loader = new RecordingLoader(testClassPath())) {
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                loader.loadClass(PredictionsPathRun.class.getName()).getMethod("run", Path.class).invoke(null, dir);
            } finally {
                thread.setContextClassLoader(context);
            }
            requested = loader.requested;
        }

        assertTrue(requested.contains("dev.fairness.report.HtmlReport")
                && requested.contains("dev.fairness.report.ci.JUnitReport"), "the path ran through the outputs");
        assertEquals(List.of(), requested.stream()
                .filter(name -> UNUSED_ON_THIS_PATH.stream().anyMatch(name::startsWith)).sorted().toList());
    }

    /** Surefire's class path of the tests (the forked JVM's own may be a manifest-only jar). */
    private static URL[] testClassPath() throws Exception {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Defines the plugin's and its libraries' classes itself (the JDK's come from the platform) and records names. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
