package dev.fairness.inference;

import dev.fairness.InputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Device selection for TorchScript follows the ONNX rules and wording, tested on a CPU-only PyTorch. */
class TorchDevicesTest {
    private final List<String> warnings = new ArrayList<>();
    private final TorchDevices cpuBuild = new TorchDevices(0, "the PyTorch natives are the CPU build", warnings::add);

    @Test
    void autoRunsOnTheCpuWithOneWarningWhenThereIsNoGpu() {
        assertEquals(Device.CPU, cpuBuild.select(Device.AUTO));
        assertEquals(List.of("CUDA is not available (the PyTorch natives are the CPU build); running on CPU. "
                + "Set <device>cpu</device> to silence this warning."), warnings);
    }

    @Test
    void autoTakesTheFirstGpuWhenThereIsOne() {
        assertEquals(Device.cuda(0), new TorchDevices(2, "", warnings::add).select(Device.AUTO));
        assertEquals(List.of(), warnings);
    }

    @Test
    void cpuIsCpuWithoutWarning() {
        assertEquals(Device.CPU, cpuBuild.select(Device.CPU));
        assertEquals(List.of(), warnings);
    }

    @Test
    void anExplicitGpuNeverFallsBackToTheCpu() {
        InputException e = assertThrows(InputException.class, () -> cpuBuild.select(Device.cuda(0)));
        assertEquals("<device>cuda:0</device> needs CUDA, which is not available (the PyTorch natives are the CPU "
                + "build). To run a TorchScript model on the GPU, set PYTORCH_LIBRARY_PATH to a folder holding the "
                + "CUDA build of libtorch 2.7.1 and put its CUDA libraries on the library path (see the GPU page of "
                + "the plugin documentation). Otherwise set <device>auto</device> or <device>cpu</device>.",
                e.getMessage());
    }

    @Test
    void aGpuIndexBeyondThoseVisibleIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> new TorchDevices(1, "", warnings::add).select(Device.cuda(1)));
        assertEquals(true, e.getMessage().startsWith("<device>cuda:1</device> needs CUDA, which is not available "
                + "(PyTorch sees 1 GPU(s))."), e.getMessage());
    }

    @Test
    void tensorrtIsForOnnxModelsOnly() {
        InputException e = assertThrows(InputException.class, () -> cpuBuild.select(Device.tensorrt(0)));
        assertEquals("<device>tensorrt:0</device> is for ONNX models: PyTorch runs TorchScript models without "
                + "TensorRT. Set <device>cuda</device>, <device>auto</device> or <device>cpu</device>.",
                e.getMessage());
    }
}
