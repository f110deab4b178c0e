package dev.fairness.testing;

import dev.fairness.testing.DicomWriter.Image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static dev.fairness.testing.DicomWriter.EXPLICIT_LITTLE_ENDIAN;
import static dev.fairness.testing.DicomWriter.IMPLICIT_LITTLE_ENDIAN;

/**
 * The committed DICOM test files ({@code src/test/resources/dicom}), one per pixel encoding the decoder must get
 * right, 32x32 with seeded random samples over the whole stored range. Their decoded values are checked against
 * {@code golden.csv}, written by {@code dicom_reference.py} beside them with pydicom, which reads them without
 * ImageJ or this project's code. Regenerate from the repository root with
 * {@code mvn -pl fairness-maven-plugin test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.fairness.testing.DicomTestFiles -Dexec.args=fairness-maven-plugin/src/test/resources/dicom},
 * then run the script; {@code DicomImageDecoderTest} checks that the committed files are what this writes.
 */
public final class DicomTestFiles {
    public static final int SIZE = 32;

    private DicomTestFiles() {
    }

    public static void main(String[] args) {
        writeAll(Path.of(args.length > 0 ? args[0] : "fairness-maven-plugin/src/test/resources/dicom"));
    }

    public static void writeAll(Path dir) {
        for (Map.Entry<String, Image> file : files().entrySet()) {
            DicomWriter.write(dir.resolve(file.getKey()), file.getValue());
        }
    }

    /** File name → image, in a fixed order. */
    public static Map<String, Image> files() {
        Map<String, Image> files = new LinkedHashMap<>();
        files.put("mono2-8bit-explicit.dcm", Image.of(EXPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 8, 8, false,
                "MONOCHROME2", samples(1, 8, false)).withPatient("F", "061Y"));
        // 12 bits stored in 16, an overlay-like pattern in the 4 unused high bits that must be ignored
        files.put("mono1-12bit-implicit.dcm", Image.of(IMPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 16, 12, false,
                "MONOCHROME1", samples(2, 12, false)).withUnusedBits(0xA000).withPatient("M", "006M"));
        files.put("signed16-rescale-explicit.dcm", Image.of(EXPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 16, 16, true,
                "MONOCHROME2", samples(3, 16, true)).withRescale("2", "-1024").withPatient("O", "010W"));
        // signed 12 bits stored in 16 with a negative slope: the rescale inverts the image
        files.put("signed12-negative-slope-implicit.dcm", Image.of(IMPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 16, 12, true,
                "MONOCHROME2", samples(4, 12, true)).withRescale("-1.5", "100").withUnusedBits(0x5000)
                .withPatient("F", "003D"));
        return files;
    }

    /** Seeded samples covering the stored range, both ends included. */
    public static int[] samples(long seed, int bits, boolean signed) {
        Random random = new Random(seed);
        int low = signed ? -(1 << (bits - 1)) : 0;
        int high = signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
        int[] samples = new int[SIZE * SIZE];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = low + random.nextInt(high - low + 1);
        }
        samples[0] = low;
        samples[1] = high;
        return samples;
    }
}
