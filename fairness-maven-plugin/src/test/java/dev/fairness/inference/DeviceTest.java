package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeviceTest {

    @ParameterizedTest
    @CsvSource({
        "cpu, cpu", "CPU, cpu", "auto, auto", "cuda, cuda:0", "cuda:0, cuda:0", "cuda:1, cuda:1", "' Cuda:2 ', cuda:2",
        "tensorrt, tensorrt:0", "tensorrt:3, tensorrt:3", "TensorRT:1, tensorrt:1"
    })
    void parsesEveryAcceptedFormToItsCanonicalName(String value, String canonical) {
        assertEquals(canonical, Device.parse(value).toString());
    }

    @Test
    void blankOrMissingMeansAuto() {
        assertEquals(Device.AUTO, Device.parse(null));
        assertEquals(Device.AUTO, Device.parse("  "));
    }

    @Test
    void cudaWithAnIndexCarriesTheDeviceId() {
        assertEquals(new Device(Device.Kind.CUDA, 1), Device.parse("cuda:1"));
        assertEquals(1, Device.parse("tensorrt:1").deviceId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu", "cuda:", "cuda:-1", "cuda:x", "cpu:1", "auto:0", "cuda0", "rocm"})
    void rejectsAnUnknownDeviceListingTheAcceptedForms(String value) {
        InputException e = assertThrows(InputException.class, () -> Device.parse(value));
        assertEquals("Unknown device '" + value + "'. Set <device> to one of: auto, cpu, cuda, cuda:N, tensorrt, "
                + "tensorrt:N (N is the GPU index, 0 for the first GPU).", e.getMessage());
    }

    @Test
    void onlyCudaAndTensorrtAreGpuDevices() {
        assertTrue(Device.cuda(0).isGpu());
        assertTrue(Device.tensorrt(0).isGpu());
        assertFalse(Device.CPU.isGpu());
        assertFalse(Device.AUTO.isGpu());
    }
}
