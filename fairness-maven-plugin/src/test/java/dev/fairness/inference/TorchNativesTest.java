package dev.fairness.inference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The PyTorch natives are found without the network, or the build is told exactly what to add. */
class TorchNativesTest {
    private static final ClassLoader WITHOUT_NATIVES = new URLClassLoader(new URL[0], null);

    @TempDir
    Path dir;

    @Test
    void withoutTheNativeJarOrALibraryPathTheMessageNamesTheDependencyToAdd() {
        Optional<String> problem = TorchNatives.missing(WITHOUT_NATIVES, name -> null);

        assertEquals(Optional.of("no PyTorch 2.7.1 natives for linux-x86_64 are on the plugin's class path and "
                + "PYTORCH_LIBRARY_PATH is not set"), problem);
        assertEquals("TorchScript model m.pt needs the PyTorch native libraries, which the plugin does not download: "
                + problem.get() + ". Add ai.djl.pytorch:pytorch-native-cpu:2.7.1 with <classifier>linux-x86_64"
                + "</classifier> to the plugin's <dependencies> (about 112 MB), or set PYTORCH_LIBRARY_PATH to a folder "
                + "holding libtorch.so of PyTorch 2.7.1 (see the model page of the plugin documentation).",
                TorchNatives.message(Path.of("m.pt"), problem.get()));
    }

    @Test
    void theNativeJarOnTheClassPathIsFound() {
        assertEquals(Optional.empty(), TorchNatives.missing(TorchNativesTest.class.getClassLoader(), name -> null));
    }

    @Test
    void aLibraryPathWithoutLibtorchIsReported() {
        Map<String, String> settings = Map.of("PYTORCH_LIBRARY_PATH", dir.toString());

        assertEquals(Optional.of("PYTORCH_LIBRARY_PATH is " + dir + ", but no folder of it holds libtorch.so"),
                TorchNatives.missing(WITHOUT_NATIVES, settings::get));
    }

    @Test
    void aLibraryPathWithLibtorchIsEnoughWithoutTheJar() throws IOException {
        Files.writeString(dir.resolve("libtorch.so"), "");
        Map<String, String> settings = Map.of("PYTORCH_LIBRARY_PATH", "/nonexistent:" + dir);

        assertEquals(Optional.empty(), TorchNatives.missing(WITHOUT_NATIVES, settings::get));
    }
}
