package dev.fairness.inference;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulated GPU execution providers: records each registration as {@code cuda:N}/{@code tensorrt:N} and fails the
 * way the CPU build of ONNX Runtime does when a provider is "not installed". Registering adds nothing real, so a
 * session still runs on the CPU, which lets tests see which provider the plugin would have used.
 */
final class FakeProviders implements ExecutionProviders {

    final List<String> calls = new ArrayList<>();
    private boolean cuda;
    private boolean tensorrt;
    private String sessionBreaker;
    private String nativeLibraryPath;

    /** CUDA registers. */
    FakeProviders withCuda() {
        cuda = true;
        return this;
    }

    /** CUDA and TensorRT register. */
    FakeProviders withTensorrt() {
        cuda = true;
        tensorrt = true;
        return this;
    }

    /**
     * CUDA registers but a session with it fails to start, like the GPU build on a machine without a GPU
     * (simulated by an optimized-model path ONNX Runtime cannot write).
     */
    FakeProviders withCudaThatFailsSessions(String unwritablePath) {
        cuda = true;
        sessionBreaker = unwritablePath;
        return this;
    }

    /** ONNX Runtime loads its native libraries from {@code folder} ({@code onnxruntime.native.path}). */
    FakeProviders withNativeLibraryPath(String folder) {
        nativeLibraryPath = folder;
        return this;
    }

    @Override
    public String nativeLibraryPath() {
        return nativeLibraryPath;
    }

    @Override
    public void addCuda(SessionOptions options, int deviceId) throws OrtException {
        calls.add("cuda:" + deviceId);
        if (!cuda) {
            throw new OrtException(OrtException.OrtErrorCode.ORT_EP_FAIL, "Failed to find CUDA shared provider");
        }
        if (sessionBreaker != null) {
            options.setOptimizedModelFilePath(sessionBreaker);
        }
    }

    @Override
    public void addTensorrt(SessionOptions options, int deviceId) throws OrtException {
        calls.add("tensorrt:" + deviceId);
        if (!tensorrt) {
            throw new OrtException(OrtException.OrtErrorCode.ORT_EP_FAIL, "Failed to find TensorRT shared provider");
        }
    }

    @Override
    public String runtimeVersion() {
        return "1.24.2";
    }
}
