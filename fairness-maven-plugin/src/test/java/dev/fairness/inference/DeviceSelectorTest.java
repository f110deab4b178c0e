package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.fairness.InputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection logic against simulated providers: no GPU exists here, so "CUDA available" is simulated. */
class DeviceSelectorTest {

    static final String CUDA_ADVICE = "<device>cuda:0</device> needs CUDA, which is not available (Failed to find "
            + "CUDA shared provider). To run on the GPU, set <nativeLibraryPath> to a folder holding the GPU native "
            + "libraries of ONNX Runtime 1.24.2 (ai/onnxruntime/native/linux-x64 unpacked from "
            + "com.microsoft.onnxruntime:onnxruntime_gpu:1.24.2; see the GPU page of the plugin documentation) and put CUDA 12 and "
            + "cuDNN 9 on the library path. Otherwise set <device>auto</device> or <device>cpu</device>.";

    private final List<String> warnings = new ArrayList<>();

    @Test
    void autoUsesCudaOnTheFirstGpuWhenItRegisters() throws OrtException {
        FakeProviders gpu = new FakeProviders().withCuda();
        DeviceSelector selector = new DeviceSelector(gpu, warnings::add);

        Device selected = selector.select(Device.AUTO);

        assertEquals(Device.cuda(0), selected);
        assertEquals(List.of(), warnings);
        gpu.calls.clear();
        try (SessionOptions options = new SessionOptions()) {
            selector.register(selected, options);
        }
        assertEquals(List.of("cuda:0"), gpu.calls);
    }

    @Test
    void autoFallsBackToCpuWithOneWarningWhenCudaDoesNotRegister() {
        Device selected = new DeviceSelector(new FakeProviders(), warnings::add).select(Device.AUTO);

        assertEquals(Device.CPU, selected);
        assertEquals(List.of("CUDA is not available (Failed to find CUDA shared provider); running on CPU. "
                + "Set <device>cpu</device> to silence this warning."), warnings);
    }

    @Test
    void cpuNeverProbesTheGpu() throws OrtException {
        FakeProviders gpu = new FakeProviders().withCuda();
        DeviceSelector selector = new DeviceSelector(gpu, warnings::add);

        Device selected = selector.select(Device.CPU);
        try (SessionOptions options = new SessionOptions()) {
            selector.register(selected, options);
        }

        assertEquals(Device.CPU, selected);
        assertEquals(List.of(), gpu.calls);
        assertEquals(List.of(), warnings);
    }

    @Test
    void explicitCudaOnTheSecondGpuRegistersCudaWithDeviceIdOne() throws OrtException {
        FakeProviders gpu = new FakeProviders().withCuda();
        DeviceSelector selector = new DeviceSelector(gpu, warnings::add);

        Device selected = selector.select(Device.parse("cuda:1"));
        gpu.calls.clear();
        try (SessionOptions options = new SessionOptions()) {
            selector.register(selected, options);
        }

        assertEquals(Device.cuda(1), selected);
        assertEquals(List.of("cuda:1"), gpu.calls);
    }

    @Test
    void tensorrtRegistersTensorrtThenCudaOnTheSameGpu() throws OrtException {
        FakeProviders gpu = new FakeProviders().withTensorrt();
        DeviceSelector selector = new DeviceSelector(gpu, warnings::add);

        Device selected = selector.select(Device.parse("tensorrt:1"));
        gpu.calls.clear();
        try (SessionOptions options = new SessionOptions()) {
            selector.register(selected, options);
        }

        assertEquals(Device.tensorrt(1), selected);
        assertEquals(List.of("tensorrt:1", "cuda:1"), gpu.calls);
    }

    @Test
    void explicitCudaWithoutCudaFailsSayingWhatToAdd() {
        DeviceSelector selector = new DeviceSelector(new FakeProviders(), warnings::add);

        InputException e = assertThrows(InputException.class, () -> selector.select(Device.parse("cuda")));

        assertEquals(CUDA_ADVICE, e.getMessage());
        assertEquals(List.of(), warnings);
    }

    @Test
    void explicitTensorrtWithoutTensorrtFailsSayingWhatToAdd() {
        DeviceSelector selector = new DeviceSelector(new FakeProviders().withCuda(), warnings::add);

        InputException e = assertThrows(InputException.class, () -> selector.select(Device.parse("tensorrt:2")));

        assertEquals("<device>tensorrt:2</device> needs TensorRT, which is not available (Failed to find TensorRT "
                + "shared provider). To run on the GPU, set <nativeLibraryPath> to a folder holding the GPU native "
                + "libraries of ONNX Runtime 1.24.2 (ai/onnxruntime/native/linux-x64 unpacked from "
                + "com.microsoft.onnxruntime:onnxruntime_gpu:1.24.2; see the GPU page of the plugin documentation) and put CUDA 12, "
                + "cuDNN 9 and TensorRT 10 on the library path. Otherwise set <device>cuda</device>, "
                + "<device>auto</device> or <device>cpu</device>.", e.getMessage());
    }

    @Test
    void explicitCudaWithANativeLibraryPathThatLacksCudaSaysWhatToCheckThere() {
        FakeProviders providers = new FakeProviders().withNativeLibraryPath("/opt/ort-gpu");
        DeviceSelector selector = new DeviceSelector(providers, warnings::add);

        InputException e = assertThrows(InputException.class, () -> selector.select(Device.parse("cuda:1")));

        assertEquals("<device>cuda:1</device> needs CUDA, which is not available (Failed to find CUDA shared "
                + "provider). ONNX Runtime loads its native libraries from /opt/ort-gpu: check that it holds "
                + "libonnxruntime_providers_cuda.so and libonnxruntime_providers_shared.so of ONNX Runtime 1.24.2, "
                + "that CUDA 12 and cuDNN 9 are on the library path, and that the GPU is visible (nvidia-smi). "
                + "Otherwise set <device>auto</device> or <device>cpu</device>.", e.getMessage());
    }

    @Test
    void autoWithANativeLibraryPathThatLacksCudaStillFallsBackToCpu() {
        FakeProviders providers = new FakeProviders().withNativeLibraryPath("/opt/ort-gpu");

        Device selected = new DeviceSelector(providers, warnings::add).select(Device.AUTO);

        assertEquals(Device.CPU, selected);
        assertEquals(List.of("CUDA is not available (Failed to find CUDA shared provider); running on CPU. "
                + "Set <device>cpu</device> to silence this warning."), warnings);
    }

    @Test
    void theRealProbeOnThisCpuBuildMakesAutoFallBackToCpu() {
        Device selected = DeviceSelector.onnxRuntime(warnings::add).select(Device.AUTO);

        assertEquals(Device.CPU, selected);
        assertEquals(List.of("CUDA is not available (Failed to find CUDA shared provider); running on CPU. "
                + "Set <device>cpu</device> to silence this warning."), warnings);
    }

    @Test
    void theRealProbeOnThisCpuBuildMakesExplicitCudaFailWithTheAdvice() {
        DeviceSelector selector = DeviceSelector.onnxRuntime(warnings::add);

        InputException e = assertThrows(InputException.class, () -> selector.select(Device.parse("cuda:0")));

        assertEquals(CUDA_ADVICE, e.getMessage());
    }
}
