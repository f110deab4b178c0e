package dev.fairness.inference;

import ai.onnxruntime.OrtEnvironment;

import java.lang.reflect.Field;

/** What can be known about ONNX Runtime in this JVM without loading its native libraries. */
public final class OnnxRuntimeState {
    private OnnxRuntimeState() {
    }

    /** The ONNX Runtime jar's version (its manifest's Implementation-Version), e.g. {@code 1.24.2}. */
    public static String version() {
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        return version == null ? "(the version of the plugin's ONNX Runtime)" : version;
    }

    /**
     * Whether ONNX Runtime has loaded its native libraries: the loader's private {@code loaded} flag, read without
     * initialising anything else. False when it cannot be read.
     */
    public static boolean loaded() {
        try {
            Class<?> loader = Class.forName("ai.onnxruntime.OnnxRuntime", false, OrtEnvironment.class.getClassLoader());
            Field loaded = loader.getDeclaredField("loaded");
            loaded.setAccessible(true);
            return loaded.getBoolean(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
