package dev.fairness.inference;

import dev.fairness.InputException;

import java.util.function.Consumer;

/**
 * {@link Device} selection for TorchScript models, with the same rules and wording as {@link DeviceSelector} for
 * ONNX: {@code auto} falls back to the CPU with one warning, an explicit GPU never silently runs on the CPU.
 * PyTorch has no TensorRT, so {@code tensorrt} is refused for TorchScript.
 */
final class TorchDevices {
    private final int gpus;
    private final String noGpuReason;
    private final Consumer<String> warnings;

    /**
     * @param gpus the GPUs the loaded PyTorch natives can use (0 for a CPU build)
     * @param noGpuReason why there are none, in a few words
     */
    TorchDevices(int gpus, String noGpuReason, Consumer<String> warnings) {
        this.gpus = gpus;
        this.noGpuReason = noGpuReason;
        this.warnings = warnings;
    }

    /** {@code cpu} or {@code cuda:N}, never {@code auto}. */
    Device select(Device requested) {
        return switch (requested.kind()) {
            case CPU -> Device.CPU;
            case AUTO -> {
                if (gpus > 0) {
                    yield Device.cuda(0);
                }
                warnings.accept("CUDA is not available (" + noGpuReason + "); running on CPU. "
                        + "Set <device>cpu</device> to silence this warning.");
                yield Device.CPU;
            }
            case CUDA -> {
                if (requested.deviceId() < gpus) {
                    yield requested;
                }
                String reason = gpus == 0 ? noGpuReason : "PyTorch sees " + gpus + " GPU(s)";
                throw new InputException("<device>" + requested + "</device> needs CUDA, which is not available ("
                        + reason + "). To run a TorchScript model on the GPU, set PYTORCH_LIBRARY_PATH to a folder "
                        + "holding the CUDA build of libtorch " + TorchNatives.PYTORCH_VERSION + " and put its CUDA "
                        + "libraries on the library path (see the GPU page of the plugin documentation). Otherwise set "
                        + "<device>auto</device> or <device>cpu</device>.");
            }
            case TENSORRT -> throw new InputException("<device>" + requested + "</device> is for ONNX models: "
                    + "PyTorch runs TorchScript models without TensorRT. Set <device>cuda</device>, "
                    + "<device>auto</device> or <device>cpu</device>.");
        };
    }
}
