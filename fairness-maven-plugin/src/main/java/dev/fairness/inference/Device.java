package dev.fairness.inference;

import dev.fairness.InputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the model should run, as the user wrote it in {@code <device>}: {@code cpu}, {@code cuda}, {@code cuda:N},
 * {@code tensorrt}, {@code tensorrt:N} or {@code auto} (CUDA when it works, else CPU with a warning).
 * A value object so configuration is validated once, up front, with a message that lists the accepted forms.
 *
 * @param kind the execution provider family
 * @param deviceId the GPU index (0 for {@code cpu} and {@code auto})
 */
public record Device(Kind kind, int deviceId) {

    /** The execution provider families the plugin knows. */
    public enum Kind { CPU, CUDA, TENSORRT, AUTO }

    public static final Device CPU = new Device(Kind.CPU, 0);
    public static final Device AUTO = new Device(Kind.AUTO, 0);

    static final String ACCEPTED =
            "auto, cpu, cuda, cuda:N, tensorrt, tensorrt:N (N is the GPU index, 0 for the first GPU)";

    private static final Pattern FORM = Pattern.compile("(cpu|auto|cuda|tensorrt)(?::(\\d{1,4}))?");

    public Device {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (deviceId < 0 || (deviceId != 0 && kind != Kind.CUDA && kind != Kind.TENSORRT)) {
            throw new IllegalArgumentException("a device id is only meaningful for cuda and tensorrt: " + deviceId);
        }
    }

    public static Device cuda(int deviceId) {
        return new Device(Kind.CUDA, deviceId);
    }

    public static Device tensorrt(int deviceId) {
        return new Device(Kind.TENSORRT, deviceId);
    }

    /**
     * Parses a {@code <device>} value, case-insensitively; {@code null} or blank means {@code auto}.
     *
     * @throws InputException {@code Unknown device 'gpu'. Set <device> to one of: auto, cpu, cuda, cuda:N, ...}
     */
    public static Device parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        boolean gpu = m.matches() && (m.group(1).equals("cuda") || m.group(1).equals("tensorrt"));
        if (!m.matches() || (m.group(2) != null && !gpu)) {
            throw new InputException("Unknown device '" + value + "'. Set <device> to one of: " + ACCEPTED + ".");
        }
        int id = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return new Device(Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), id);
    }

    /** True for CUDA and TensorRT (a GPU execution provider). */
    public boolean isGpu() {
        return kind == Kind.CUDA || kind == Kind.TENSORRT;
    }

    /** The canonical form: {@code cpu}, {@code auto}, {@code cuda:0}, {@code tensorrt:1}. */
    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return isGpu() ? name + ":" + deviceId : name;
    }
}
