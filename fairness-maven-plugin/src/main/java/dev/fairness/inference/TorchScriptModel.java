package dev.fairness.inference;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.engine.StandardCapabilities;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.fairness.InputException;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * A TorchScript model ({@code torch.jit.trace} or {@code torch.jit.script}, saved with {@code torch.jit.save}) run
 * through DJL's PyTorch engine in inference mode. One tensor in, the first output tensor back, as floats. Runs are
 * serialised: PyTorch parallelises inside each run, and the scoring pipeline has one inference thread anyway.
 */
public final class TorchScriptModel implements AutoCloseable {
    /** File name endings that mean TorchScript; anything else is treated as ONNX. */
    private static final String[] ENDINGS = {".pt", ".pts", ".torchscript"};

    private final Path file;
    private final Model model;
    private final Device device;

    private TorchScriptModel(Path file, Model model, Device device) {
        this.file = file;
        this.model = model;
        this.device = device;
    }

    /** True when the file name ends in {@code .pt}, {@code .pts} or {@code .torchscript} (any case). */
    public static boolean isTorchScript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads a TorchScript file on the requested device.
     *
     * @param warnings receives the {@code auto}-fell-back-to-CPU warning
     * @throws InputException when the file is missing or not TorchScript, the natives are missing, or the device
     *     is not available
     */
    public static TorchScriptModel open(Path file, Device requested, Consumer<String> warnings) {
        return open(file, requested, warnings, "<model>");
    }

    /** As {@link #open(Path, Device, Consumer)} for a model that {@code parameter} sets instead of {@code <model>}. */
    public static TorchScriptModel open(Path file, Device requested, Consumer<String> warnings, String parameter) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("Model file not found: " + file + ". Set " + parameter + " to a TorchScript "
                    + "(.pt) or ONNX (.onnx) file.");
        }
        Engine engine = TorchNatives.engine(file);
        boolean cuda = engine.hasCapability(StandardCapabilities.CUDA);
        int gpus = cuda ? engine.getGpuCount() : 0;
        Device device = new TorchDevices(gpus, cuda ? "no GPU is visible"
                : "the PyTorch natives are the CPU build", warnings).select(requested);
        ai.djl.Device djlDevice = device.isGpu() ? ai.djl.Device.gpu(device.deviceId()) : ai.djl.Device.cpu();
        Model model = Model.newInstance(file.getFileName().toString(), djlDevice, "PyTorch");
        try {
            model.load(file);
            return new TorchScriptModel(file, model, device);
        } catch (IOException | MalformedModelException | EngineException e) {
            model.close();
            throw new InputException(file + " is not a TorchScript file that PyTorch " + TorchNatives.PYTORCH_VERSION
                    + " can load (" + firstLine(e.getMessage()) + "). Save the model with "
                    + "torch.jit.save(torch.jit.trace(model.eval(), example_input), \"model.pt\"), or export it to "
                    + "ONNX and name the file .onnx.", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The device it runs on: {@code cpu} or {@code cuda:N}. */
    public Device device() {
        return device;
    }

    /** Runs the model on {@code floats} from the buffer's position, shaped {@code shape}; the buffer is unchanged. */
    public synchronized Output run(FloatBuffer floats, long[] shape) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            FloatBuffer input = floats.duplicate();
            input.limit(input.position() + Math.toIntExact(new Shape(shape).size()));
            return forward(manager, manager.create(input.slice(), new Shape(shape)));
        }
    }

    /** Runs the model on token ids ({@code int64}, as CLIP's text towers take them), shaped {@code [rows, length]}. */
    public synchronized Output run(long[] ids, int rows, int length) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            return forward(manager, manager.create(ids, new Shape(rows, length)));
        }
    }

    private Output forward(NDManager manager, NDArray input) {
        try {
            NDList out = model.getBlock().forward(new ParameterStore(manager, false), new NDList(input), false);
            NDArray first = out.get(0);
            NDArray floats = first.getDataType() == DataType.FLOAT32 ? first : first.toType(DataType.FLOAT32, false);
            return new Output(floats.toFloatArray(), floats.getShape().getShape());
        } catch (EngineException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new InputException("PyTorch could not run " + file + " on an input of shape "
                    + ModelInspector.shape(input.getShape().getShape()) + " (" + firstLine(e.getMessage())
                    + "). Check that the model takes one " + input.getDataType().toString().toLowerCase(Locale.ROOT)
                    + " tensor of that shape and returns a tensor first.", e);
        }
    }

    /**
     * The value of a one-element parameter of the module (e.g. CLIP's {@code logit_scale}), if it has one of that
     * name; {@code torch.jit.trace} and {@code torch.jit.script} keep a module's parameters even when unused.
     */
    public OptionalDouble scalarParameter(String name) {
        for (Pair<String, Parameter> parameter : model.getBlock().getParameters()) {
            NDArray value = parameter.getValue().getArray();
            if (parameter.getKey().equals(name) && value.size() == 1) {
                return OptionalDouble.of(value.toType(DataType.FLOAT64, false).getDouble());
            }
        }
        return OptionalDouble.empty();
    }

    /** The first output tensor: values row-major and its shape. */
    public record Output(float[] values, long[] shape) {
    }

    @Override
    public void close() {
        model.close();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
