package dev.fairness.inference;

import dev.fairness.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * Makes ONNX Runtime load its native libraries from a folder ({@code <nativeLibraryPath>}) instead of the ones
 * inside its jar, by setting the system property {@value #PROPERTY} before ONNX Runtime loads. With the GPU
 * libraries of the same version there (from the {@code onnxruntime_gpu} jar), the plugin's CPU jar runs on CUDA
 * and TensorRT, and no second 642 MB jar is needed on the class path.
 *
 * <p>ONNX Runtime reads the property once, when it first loads in the JVM; after that a different folder cannot
 * take effect, and that is an error rather than a silent run on other libraries.
 */
public final class NativeLibraryPath {
    /** The property ONNX Runtime's loader reads. */
    public static final String PROPERTY = "onnxruntime.native.path";

    private final Properties system;
    private final BooleanSupplier runtimeLoaded;

    /**
     * @param system        the system properties to read and set
     * @param runtimeLoaded whether ONNX Runtime has already loaded its native libraries in this JVM
     */
    NativeLibraryPath(Properties system, BooleanSupplier runtimeLoaded) {
        this.system = Objects.requireNonNull(system, "system");
        this.runtimeLoaded = Objects.requireNonNull(runtimeLoaded, "runtimeLoaded");
    }

    /** Over the JVM's system properties and the real ONNX Runtime. */
    public static NativeLibraryPath ofJvm() {
        return new NativeLibraryPath(System.getProperties(), OnnxRuntimeState::loaded);
    }

    /**
     * Points ONNX Runtime at {@code folder}; nothing when {@code folder} is null.
     *
     * @return the absolute folder now in effect, or null
     * @throws InputException when the folder lacks the libraries, or ONNX Runtime already loaded from elsewhere
     */
    public Path apply(Path folder) {
        if (folder == null) {
            return null;
        }
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new InputException("<nativeLibraryPath> " + dir + " is not a folder. Set it to the folder that "
                    + "holds the ONNX Runtime native libraries (" + String.join(", ", required()) + "), e.g. "
                    + "ai/onnxruntime/native/linux-x64 unpacked from com.microsoft.onnxruntime:onnxruntime_gpu:"
                    + OnnxRuntimeState.version() + ".");
        }
        List<String> missing = new ArrayList<>();
        for (String library : required()) {
            if (!Files.isRegularFile(dir.resolve(library))) {
                missing.add(library);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException("<nativeLibraryPath> " + dir + " lacks " + String.join(" and ", missing)
                    + ". Unpack ai/onnxruntime/native/<platform>/ of com.microsoft.onnxruntime:onnxruntime_gpu:"
                    + OnnxRuntimeState.version() + " into it (the version must match the plugin's ONNX Runtime).");
        }
        String current = system.getProperty(PROPERTY);
        if (current != null && Path.of(current).toAbsolutePath().normalize().equals(dir)) {
            return dir;
        }
        if (current != null || runtimeLoaded.getAsBoolean()) {
            String from = current != null ? "from " + current + " (-D" + PROPERTY + ")" : "from its own jar";
            throw new InputException("ONNX Runtime is already loaded in this Maven process " + from
                    + ", so <nativeLibraryPath> " + dir + " cannot take effect. Set the same <nativeLibraryPath> on "
                    + "every execution of the plugin in the build, or start Maven with -D" + PROPERTY + "=" + dir
                    + " (for example in MAVEN_OPTS) and leave <nativeLibraryPath> unset.");
        }
        system.setProperty(PROPERTY, dir.toString());
        return dir;
    }

    /** The libraries ONNX Runtime's Java loader needs from the folder, named for this platform. */
    static List<String> required() {
        return List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    }
}
