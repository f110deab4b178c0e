package dev.fairness.inference;

import dev.fairness.InputException;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds every ONNX Runtime jar on a class path. The CPU artifact ({@code onnxruntime}) and the GPU artifact
 * ({@code onnxruntime_gpu}) hold the same classes and the same native resource paths: with both on the class path
 * the first silently wins, and a GPU set-up quietly runs on the CPU (or fails to find its provider). So two are an
 * error, with the way that works: keep the plugin's CPU artifact and point {@code <nativeLibraryPath>} at the GPU
 * native libraries.
 */
public final class OnnxRuntimeJars {
    /** A class every ONNX Runtime Java jar holds. */
    static final String MARKER = "ai/onnxruntime/OrtEnvironment.class";

    private OnnxRuntimeJars() {
    }

    /** Where each copy of the ONNX Runtime classes comes from, in class-path order. */
    public static List<String> locations(ClassLoader loader) {
        List<String> jars = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(MARKER))) {
                jars.add(jarOf(url));
            }
        } catch (IOException e) {
            // cannot list: nothing to warn about
        }
        return jars;
    }

    /**
     * @throws InputException when more than one ONNX Runtime jar is visible to {@code loader}, e.g.
     *     {@code Two ONNX Runtime jars are on the plugin's class path: onnxruntime-1.24.2.jar and
     *     onnxruntime_gpu-1.24.2.jar. ...}
     */
    public static void requireOne(ClassLoader loader) {
        List<String> jars = locations(loader);
        if (jars.size() <= 1) {
            return;
        }
        String count = jars.size() == 2 ? "Two" : String.valueOf(jars.size());
        throw new InputException(count + " ONNX Runtime jars are on the plugin's class path: "
                + String.join(", ", jars.subList(0, jars.size() - 1)) + " and " + jars.get(jars.size() - 1)
                + ". They hold the same classes, and only the first would be used, "
                + "silently. Remove com.microsoft.onnxruntime:onnxruntime_gpu (or any other ONNX Runtime) from the "
                + "plugin's <dependencies>; to run on a GPU, set <nativeLibraryPath> to a folder holding the GPU "
                + "native libraries of the same ONNX Runtime version instead (see the GPU page of the plugin documentation).");
    }

    /** {@code onnxruntime-1.24.2.jar} from {@code jar:file:/.../onnxruntime-1.24.2.jar!/ai/...}. */
    static String jarOf(URL url) {
        String text = url.toString();
        int bang = text.indexOf("!/");
        String location = bang >= 0 ? text.substring(0, bang) : text.substring(0, text.length() - MARKER.length());
        int slash = location.lastIndexOf('/', location.length() - 2);
        return location.substring(slash + 1);
    }
}
