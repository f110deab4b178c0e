package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two ONNX Runtime jars on one class path, simulated with two small jars that hold the marker class file. */
class OnnxRuntimeJarsTest {
    @TempDir
    Path dir;

    private URL jar(String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(OnnxRuntimeJars.MARKER));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            jar.closeEntry();
        }
        return file.toUri().toURL();
    }

    private static URLClassLoader isolated(URL... jars) {
        return new URLClassLoader(jars, null);
    }

    @Test
    void thePluginsOwnClassPathHasOneOnnxRuntimeJar() {
        List<String> jars = OnnxRuntimeJars.locations(OnnxModel.class.getClassLoader());

        assertEquals(List.of("onnxruntime-1.24.2.jar"), jars);
        assertDoesNotThrow(() -> OnnxRuntimeJars.requireOne(OnnxModel.class.getClassLoader()));
    }

    @Test
    void theCpuAndTheGpuJarTogetherFailWithAdvice() throws IOException {
        try (URLClassLoader loader = isolated(jar("onnxruntime-1.24.2.jar"), jar("onnxruntime_gpu-1.24.2.jar"))) {
            InputException e = assertThrows(InputException.class, () -> OnnxRuntimeJars.requireOne(loader));

            assertEquals("Two ONNX Runtime jars are on the plugin's class path: onnxruntime-1.24.2.jar and "
                    + "onnxruntime_gpu-1.24.2.jar. They hold the same classes, and only the first would be used, "
                    + "silently. Remove com.microsoft.onnxruntime:onnxruntime_gpu (or any other ONNX Runtime) from "
                    + "the plugin's <dependencies>; to run on a GPU, set <nativeLibraryPath> to a folder holding the "
                    + "GPU native libraries of the same ONNX Runtime version instead (see the GPU page of the plugin documentation).",
                    e.getMessage());
        }
    }

    @Test
    void threeJarsAreCountedAndNamedInClassPathOrder() throws IOException {
        try (URLClassLoader loader = isolated(jar("onnxruntime_gpu-1.24.2.jar"), jar("onnxruntime-1.24.2.jar"),
                jar("onnxruntime-1.22.0.jar"))) {
            InputException e = assertThrows(InputException.class, () -> OnnxRuntimeJars.requireOne(loader));

            assertEquals("3 ONNX Runtime jars are on the plugin's class path: onnxruntime_gpu-1.24.2.jar, "
                    + "onnxruntime-1.24.2.jar and onnxruntime-1.22.0.jar.", e.getMessage().substring(0,
                    e.getMessage().indexOf(" They hold")));
        }
    }

    @Test
    void oneJarAloneIsFine() throws IOException {
        try (URLClassLoader loader = isolated(jar("onnxruntime_gpu-1.24.2.jar"))) {
            assertEquals(List.of("onnxruntime_gpu-1.24.2.jar"), OnnxRuntimeJars.locations(loader));
            assertDoesNotThrow(() -> OnnxRuntimeJars.requireOne(loader));
        }
    }
}
