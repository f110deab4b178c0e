package dev.fairness.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.fairness.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An ONNX model loaded into an ONNX Runtime session on the selected device, with its declared signature
 * ({@link ModelInfo}). Opening checks everything that can be checked before the first image: the file exists, ONNX
 * Runtime can load it, it has one float image input of rank 4. Thread-safe: {@code OrtSession.run} is.
 */
public final class OnnxModel implements AutoCloseable {
    /** The parameter a classifier is set by, which the messages name unless a caller names another. */
    private static final String MODEL = "<model>";

    private final OrtEnvironment env;
    private final SessionOptions options;
    private final OrtSession session;
    private final ModelInfo info;
    private final Device device;
    private final double openSeconds;

    private OnnxModel(OrtEnvironment env, SessionOptions options, OrtSession session, ModelInfo info, Device device,
                      double openSeconds) {
        this.env = env;
        this.options = options;
        this.session = session;
        this.info = info;
        this.device = device;
        this.openSeconds = openSeconds;
    }

    /**
     * Opens a model with all graph optimizations.
     *
     * @param device the requested device ({@code auto} falls back to CPU with a warning, see {@link DeviceSelector})
     * @param intraOpThreads threads per operator; 0 or less means one per available core
     * @throws InputException {@code Model file not found: <path>. Set <model> to an ONNX or TorchScript file.}, a file ONNX Runtime
     *     cannot load, a model that is not a single float rank-4 image input, or an unavailable explicit GPU
     */
    public static OnnxModel open(Path file, Device device, int intraOpThreads, DeviceSelector devices) {
        return open(file, read(file), device, intraOpThreads, devices);
    }

    /**
     * Reads and hashes the model file once, for the score cache's key and then for {@link #open(Path, ModelFile,
     * Device, int, DeviceSelector)}.
     */
    public static ModelFile read(Path file) {
        requireModelFile(file);
        try {
            return ModelFile.read(file);
        } catch (IOException e) {
            throw new InputException("Could not read model file " + file + " (" + e.getMessage()
                    + "). Check that it is a readable file.", e);
        }
    }

    /** Fails with the user's message when {@code file} is missing or a directory. */
    static void requireModelFile(Path file) {
        requireModelFile(file, MODEL);
    }

    /**
     * As {@link #requireModelFile(Path)} for a model that {@code parameter} sets instead of {@code <model>} (a
     * zero-shot image tower): the message names the parameter to fix.
     */
    public static void requireModelFile(Path file, String parameter) {
        if (Files.isDirectory(file)) {
            throw new InputException("Model file " + file + " is a directory, not a model file. Set " + parameter
                    + " to an ONNX or TorchScript file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("Model file not found: " + file + ". Set " + parameter + " to an ONNX or "
                    + "TorchScript file.");
        }
    }

    /** Opens a model whose bytes {@link #read} has read. */
    public static OnnxModel open(Path file, ModelFile bytes, Device device, int intraOpThreads,
                                 DeviceSelector devices) {
        return open(file, ModelHash.of(file, bytes), device, intraOpThreads, devices);
    }

    /**
     * Opens a model while its hash may still be computed on another thread ({@link ModelHash#inBackground}): the
     * session is created first, then the hash is joined for {@link ModelInfo}.
     */
    public static OnnxModel open(Path file, ModelHash hash, Device device, int intraOpThreads,
                                 DeviceSelector devices) {
        return open(file, hash, device, intraOpThreads, devices, MODEL);
    }

    /**
     * As {@link #open(Path, ModelHash, Device, int, DeviceSelector)} for a model that {@code parameter} sets instead
     * of {@code <model>} (a zero-shot image tower): a file it cannot load fails with a message naming the parameter.
     */
    public static OnnxModel open(Path file, ModelHash hash, Device device, int intraOpThreads,
                                 DeviceSelector devices, String parameter) {
        long start = System.nanoTime();
        if (isEmpty(file)) {
            // ONNX Runtime would answer with a C++ signature and "ModelProto does not have a graph"
            throw new InputException("Model file " + file + " is empty (0 bytes). Set " + parameter + " to an ONNX"
                    + " file (for example one exported with torch.onnx.export), or replace it with a complete copy.");
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int threads = intraOpThreads > 0 ? intraOpThreads : Runtime.getRuntime().availableProcessors();
        Device selected = devices.select(device);
        SessionOptions options = null;
        OrtSession session = null;
        try {
            try {
                options = options(threads, selected, devices);
                session = env.createSession(file.toString(), options);
            } catch (OrtException onDevice) {
                closeQuietly(options);
                options = null;
                if (!selected.isGpu()) {
                    throw notLoadable(env, file, onDevice, parameter);
                }
                // The GPU registered but the session did not start: the model's fault, or the GPU's? Ask the CPU.
                options = options(threads, Device.CPU, devices);
                try {
                    session = env.createSession(file.toString(), options);
                } catch (OrtException onCpu) {
                    throw notLoadable(env, file, onCpu, parameter);
                }
                selected = devices.unavailable(device, OrtMessages.reason(onDevice));
            }
            double openSeconds = (System.nanoTime() - start) / 1e9;
            ModelInfo info = ModelInspector.inspect(file, hash.join(), session);
            return new OnnxModel(env, options, session, info, selected, openSeconds);
        } catch (OrtException e) {
            closeQuietly(session);
            closeQuietly(options);
            throw notLoadable(env, file, e, parameter);
        } catch (RuntimeException e) {
            closeQuietly(session);
            closeQuietly(options);
            throw e;
        }
    }

    /** What the model declares. */
    public ModelInfo info() {
        return info;
    }

    /** Seconds ONNX Runtime took to load, optimize and place the model (the session's creation). */
    public double openSeconds() {
        return openSeconds;
    }

    /** The device the session runs on: {@code cpu}, {@code cuda:N} or {@code tensorrt:N}. */
    public Device device() {
        return device;
    }

    OrtEnvironment environment() {
        return env;
    }

    OrtSession session() {
        return session;
    }

    @Override
    public void close() {
        closeQuietly(session);
        closeQuietly(options);
    }

    private static SessionOptions options(int threads, Device device, DeviceSelector devices) throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(threads);
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            // ONNX Runtime's intra-op threads spin between operators by default. The plugin decodes images on the
            // same cores while the model runs, and the spinning took that time from the decoders: on DenseNet-121
            // at 2 cores the same evaluation used 31-35 s of CPU spinning, 23-24 s without.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            devices.register(device, options);
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    private static InputException notLoadable(OrtEnvironment env, Path file, OrtException e, String parameter) {
        String reason = OrtMessages.reason(e).replace("Load model from " + file + " failed:", "").strip();
        return new InputException(file + " is not an ONNX model ONNX Runtime " + env.getVersion() + " can load ("
                + reason + "). Set " + parameter + " to an ONNX file (for example one exported with "
                + "torch.onnx.export).", e);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false; // ONNX Runtime reports what is wrong with it
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing useful to do: the session is being discarded
        }
    }
}
