package dev.fairness.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;

/**
 * The GPU execution providers of the ONNX Runtime on the classpath. An interface so tests on a machine without a
 * GPU can simulate one and see which provider would be registered on which device; the real implementation is the
 * two ONNX Runtime calls and nothing else. On the CPU build of ONNX Runtime both calls throw
 * ({@code ORT_EP_FAIL: Failed to find CUDA shared provider}).
 */
public interface ExecutionProviders {

    /** Registers the CUDA execution provider on GPU {@code deviceId}; throws when CUDA cannot be used. */
    void addCuda(SessionOptions options, int deviceId) throws OrtException;

    /** Registers the TensorRT execution provider on GPU {@code deviceId}; throws when TensorRT cannot be used. */
    void addTensorrt(SessionOptions options, int deviceId) throws OrtException;

    /** The ONNX Runtime version, named in the advice to add the GPU artifact of the same version. */
    String runtimeVersion();

    /**
     * The folder ONNX Runtime loads its native libraries from ({@code -Donnxruntime.native.path} or
     * {@code <nativeLibraryPath>}), or null when it uses the ones inside its jar. Named in the advice when a GPU
     * provider does not register.
     */
    default String nativeLibraryPath() {
        return null;
    }

    /** The providers of the real ONNX Runtime. */
    static ExecutionProviders onnxRuntime() {
        return new ExecutionProviders() {
            @Override
            public void addCuda(SessionOptions options, int deviceId) throws OrtException {
                options.addCUDA(deviceId);
            }

            @Override
            public void addTensorrt(SessionOptions options, int deviceId) throws OrtException {
                options.addTensorrt(deviceId);
            }

            @Override
            public String nativeLibraryPath() {
                return System.getProperty(NativeLibraryPath.PROPERTY);
            }

            @Override
            public String runtimeVersion() {
                return OrtEnvironment.getEnvironment().getVersion();
            }
        };
    }
}
