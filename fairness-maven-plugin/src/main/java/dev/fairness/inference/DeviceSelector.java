package dev.fairness.inference;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.fairness.InputException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the requested {@link Device} into the one the model will run on, and registers its execution providers.
 * {@code auto} never fails a build: without CUDA it runs on the CPU and says so in one warning. An explicit
 * {@code cuda}/{@code tensorrt} never silently runs on the CPU: it fails with what to install.
 *
 * <p>CUDA is probed by registering it on a throwaway {@link SessionOptions}: {@code getAvailableProviders()} is a
 * compile-time list and says nothing about this machine.
 */
public final class DeviceSelector {

    private final ExecutionProviders providers;
    private final Consumer<String> warnings;

    /**
     * @param providers the execution providers to probe and register (the real ones: {@link #onnxRuntime})
     * @param warnings receives one line per warning (the Maven adapter routes it to {@code getLog().warn})
     */
    public DeviceSelector(ExecutionProviders providers, Consumer<String> warnings) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** A selector over the ONNX Runtime on the classpath. */
    public static DeviceSelector onnxRuntime(Consumer<String> warnings) {
        return new DeviceSelector(ExecutionProviders.onnxRuntime(), warnings);
    }

    /**
     * Resolves the requested device: {@code cpu} as is; {@code auto} to {@code cuda:0} when CUDA can be registered,
     * else to {@code cpu} with a warning; {@code cuda:N} and {@code tensorrt:N} only when they can be registered.
     *
     * @return {@code cpu}, {@code cuda:N} or {@code tensorrt:N}, never {@code auto}
     * @throws InputException when an explicitly requested GPU device is not available
     */
    public Device select(Device requested) {
        return switch (requested.kind()) {
            case CPU -> Device.CPU;
            case AUTO -> probe(Device.cuda(0)).map(reason -> unavailable(requested, reason)).orElse(Device.cuda(0));
            case CUDA, TENSORRT -> probe(requested).map(reason -> unavailable(requested, reason)).orElse(requested);
        };
    }

    /**
     * Registers the execution providers of a selected device: CUDA on its GPU, or TensorRT followed by CUDA on the
     * same GPU (ONNX Runtime gives each node to the first provider that can run it, then to the CPU).
     */
    public void register(Device selected, SessionOptions options) throws OrtException {
        switch (selected.kind()) {
            case CPU -> { }
            case CUDA -> providers.addCuda(options, selected.deviceId());
            case TENSORRT -> {
                providers.addTensorrt(options, selected.deviceId());
                providers.addCuda(options, selected.deviceId());
            }
            case AUTO -> throw new IllegalArgumentException("select(auto) first");
        }
    }

    /**
     * What to do when the GPU cannot be used, found by the probe or when a session on the GPU fails to start:
     * for {@code auto} warn and return {@code cpu}; for an explicit GPU device throw.
     *
     * @param reason why, in ONNX Runtime's words
     * @throws InputException for an explicit {@code cuda}/{@code tensorrt}, saying what to install
     */
    public Device unavailable(Device requested, String reason) {
        if (requested.kind() == Device.Kind.AUTO) {
            warnings.accept("CUDA is not available (" + reason + "); running on CPU. "
                    + "Set <device>cpu</device> to silence this warning.");
            return Device.CPU;
        }
        if (!requested.isGpu()) {
            throw new IllegalArgumentException("the CPU is always available");
        }
        String version = providers.runtimeVersion();
        boolean trt = requested.kind() == Device.Kind.TENSORRT;
        String provider = trt ? "TensorRT" : "CUDA";
        String libraries = trt ? "CUDA 12, cuDNN 9 and TensorRT 10" : "CUDA 12 and cuDNN 9";
        String otherwise = trt ? "<device>cuda</device>, <device>auto</device> or <device>cpu</device>"
                : "<device>auto</device> or <device>cpu</device>";
        String nativePath = providers.nativeLibraryPath();
        String advice;
        if (nativePath == null) {
            advice = "To run on the GPU, set <nativeLibraryPath> to a folder holding the GPU native libraries of ONNX "
                    + "Runtime " + version + " (ai/onnxruntime/native/linux-x64 unpacked from "
                    + "com.microsoft.onnxruntime:onnxruntime_gpu:" + version + "; see the GPU page of the plugin documentation) and put "
                    + libraries + " on the library path.";
        } else {
            String providerLibrary = System.mapLibraryName(trt ? "onnxruntime_providers_tensorrt"
                    : "onnxruntime_providers_cuda");
            advice = "ONNX Runtime loads its native libraries from " + nativePath + ": check that it holds "
                    + providerLibrary + " and " + System.mapLibraryName("onnxruntime_providers_shared")
                    + " of ONNX Runtime " + version + ", that " + libraries + " are on the library path, and that "
                    + "the GPU is visible (nvidia-smi).";
        }
        throw new InputException("<device>" + requested + "</device> needs " + provider
                + ", which is not available (" + reason + "). " + advice + " Otherwise set " + otherwise + ".");
    }

    /** Empty when the device's providers register on a throwaway {@link SessionOptions}, else the reason. */
    private Optional<String> probe(Device device) {
        try (SessionOptions throwaway = new SessionOptions()) {
            register(device, throwaway);
            return Optional.empty();
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            return Optional.of(OrtMessages.reason(e));
        }
    }
}
