package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting onnxruntime.native.path, on a private Properties so this JVM's ONNX Runtime is not touched. */
class NativeLibraryPathTest {
    private static final String ORT = System.mapLibraryName("onnxruntime");
    private static final String JNI = System.mapLibraryName("onnxruntime4j_jni");

    @TempDir
    Path dir;
    private final Properties system = new Properties();

    private Path gpuFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ort-gpu"));
        Files.write(folder.resolve(ORT), new byte[] {1});
        Files.write(folder.resolve(JNI), new byte[] {1});
        return folder;
    }

    @Test
    void aFolderWithTheLibrariesIsSetBeforeOnnxRuntimeLoads() throws IOException {
        Path folder = gpuFolder();

        Path applied = new NativeLibraryPath(system, () -> false).apply(folder);

        assertEquals(folder, applied);
        assertEquals(folder.toString(), system.getProperty(NativeLibraryPath.PROPERTY));
    }

    @Test
    void noFolderChangesNothing() {
        assertNull(new NativeLibraryPath(system, () -> true).apply(null));
        assertTrue(system.isEmpty());
    }

    @Test
    void theSameFolderAgainIsFineEvenAfterOnnxRuntimeLoaded() throws IOException {
        Path folder = gpuFolder();
        system.setProperty(NativeLibraryPath.PROPERTY, folder.toString());

        assertEquals(folder, new NativeLibraryPath(system, () -> true).apply(folder));
    }

    @Test
    void aMissingFolderSaysWhatToPutThere() {
        Path missing = dir.resolve("nowhere");

        InputException e = assertThrows(InputException.class,
                () -> new NativeLibraryPath(system, () -> false).apply(missing));

        assertEquals("<nativeLibraryPath> " + missing + " is not a folder. Set it to the folder that holds the ONNX "
                + "Runtime native libraries (" + ORT + ", " + JNI + "), e.g. ai/onnxruntime/native/linux-x64 "
                + "unpacked from com.microsoft.onnxruntime:onnxruntime_gpu:1.24.2.", e.getMessage());
        assertTrue(system.isEmpty());
    }

    @Test
    void aFolderWithoutTheJniLibrarySaysWhichIsMissing() throws IOException {
        Path folder = gpuFolder();
        Files.delete(folder.resolve(JNI));

        InputException e = assertThrows(InputException.class,
                () -> new NativeLibraryPath(system, () -> false).apply(folder));

        assertEquals("<nativeLibraryPath> " + folder + " lacks " + JNI + ". Unpack ai/onnxruntime/native/<platform>/ "
                + "of com.microsoft.onnxruntime:onnxruntime_gpu:1.24.2 into it (the version must match the "
                + "plugin's ONNX Runtime).", e.getMessage());
    }

    @Test
    void onnxRuntimeAlreadyLoadedFromItsJarCannotBeRedirected() throws IOException {
        Path folder = gpuFolder();

        InputException e = assertThrows(InputException.class,
                () -> new NativeLibraryPath(system, () -> true).apply(folder));

        assertEquals("ONNX Runtime is already loaded in this Maven process from its own jar, so <nativeLibraryPath> "
                + folder + " cannot take effect. Set the same <nativeLibraryPath> on every execution of the plugin in "
                + "the build, or start Maven with -Donnxruntime.native.path=" + folder + " (for example in "
                + "MAVEN_OPTS) and leave <nativeLibraryPath> unset.", e.getMessage());
        assertTrue(system.isEmpty());
    }

    @Test
    void anotherFolderGivenOnTheCommandLineConflicts() throws IOException {
        Path folder = gpuFolder();
        system.setProperty(NativeLibraryPath.PROPERTY, "/opt/other");

        InputException e = assertThrows(InputException.class,
                () -> new NativeLibraryPath(system, () -> false).apply(folder));

        assertEquals("ONNX Runtime is already loaded in this Maven process from /opt/other "
                + "(-Donnxruntime.native.path), so <nativeLibraryPath> " + folder + " cannot take effect. Set the "
                + "same <nativeLibraryPath> on every execution of the plugin in the build, or start Maven with "
                + "-Donnxruntime.native.path=" + folder + " (for example in MAVEN_OPTS) and leave "
                + "<nativeLibraryPath> unset.", e.getMessage());
    }

    @Test
    void thisTestJvmHasLoadedOnnxRuntimeFromItsJarAndKnowsIt() throws Exception {
        ai.onnxruntime.OrtEnvironment.getEnvironment();

        assertTrue(OnnxRuntimeState.loaded());
        assertEquals("1.24.2", OnnxRuntimeState.version());
    }
}
