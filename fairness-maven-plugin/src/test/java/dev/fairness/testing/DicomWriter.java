package dev.fairness.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A small DICOM Part 10 writer for test files: the 128-byte preamble, {@code DICM}, the file meta group (always
 * Explicit VR Little Endian), then the data set in the chosen transfer syntax (Explicit or Implicit VR Little
 * Endian) with the patient, image pixel and rescale elements and the pixel data. For a compressed transfer syntax
 * the given bytes are written as one encapsulated fragment. Only what the tests need; PS3.5 sections 7 and A.4.
 */
public final class DicomWriter {
    public static final String IMPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    private static final String IMPLEMENTATION_CLASS = "1.2.826.0.1.3680043.9.7433.1.1";

    /**
     * One single-frame grey image.
     *
     * @param samples        stored sample values, row-major, in the range of {@code bitsStored} and
     *                       {@code signed} (two's complement when signed)
     * @param unusedBits     written into the bits above {@code highBit} of every 16-bit word (decoders must
     *                       ignore them); 0 for clean files
     * @param slope          Rescale Slope, or {@code null} to leave the element out
     * @param intercept      Rescale Intercept, or {@code null} to leave the element out
     * @param sex            Patient's Sex, or {@code null} to leave the element out
     * @param age            Patient's Age (e.g. {@code 061Y}), or {@code null} to leave the element out
     * @param encapsulated   for a compressed transfer syntax: the one fragment written instead of native pixels
     */
    public record Image(String transferSyntax, int rows, int columns, int bitsAllocated, int bitsStored,
                        int highBit, boolean signed, String photometric, int[] samples, int unusedBits,
                        String slope, String intercept, String sex, String age, byte[] encapsulated) {
        /** A clean image with the low bits used (high bit = bits stored - 1) and no rescale or patient elements. */
        public static Image of(String transferSyntax, int rows, int columns, int bitsAllocated, int bitsStored,
                               boolean signed, String photometric, int[] samples) {
            return new Image(transferSyntax, rows, columns, bitsAllocated, bitsStored, bitsStored - 1, signed,
                    photometric, samples, 0, null, null, null, null, null);
        }

        public Image withRescale(String newSlope, String newIntercept) {
            return new Image(transferSyntax, rows, columns, bitsAllocated, bitsStored, highBit, signed, photometric,
                    samples, unusedBits, newSlope, newIntercept, sex, age, encapsulated);
        }

        public Image withPatient(String newSex, String newAge) {
            return new Image(transferSyntax, rows, columns, bitsAllocated, bitsStored, highBit, signed, photometric,
                    samples, unusedBits, slope, intercept, newSex, newAge, encapsulated);
        }

        public Image withUnusedBits(int bits) {
            return new Image(transferSyntax, rows, columns, bitsAllocated, bitsStored, highBit, signed, photometric,
                    samples, bits, slope, intercept, sex, age, encapsulated);
        }

        public Image encapsulating(String compressedSyntax, byte[] fragment) {
            return new Image(compressedSyntax, rows, columns, bitsAllocated, bitsStored, highBit, signed, photometric,
                    samples, unusedBits, slope, intercept, sex, age, fragment);
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean explicit = true;

    private DicomWriter() {
    }

    public static void write(Path file, Image image) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Image image) {
        String instance = "1.2.826.0.1.3680043.9.7433.2." + Integer.toUnsignedString(
                java.util.Arrays.hashCode(image.samples()));
        DicomWriter meta = new DicomWriter();
        meta.ob(0x0002, 0x0001, new byte[]{0, 1});
        meta.text(0x0002, 0x0002, "UI", SECONDARY_CAPTURE);
        meta.text(0x0002, 0x0003, "UI", instance);
        meta.text(0x0002, 0x0010, "UI", image.transferSyntax());
        meta.text(0x0002, 0x0012, "UI", IMPLEMENTATION_CLASS);
        byte[] metaBytes = meta.out.toByteArray();

        DicomWriter file = new DicomWriter();
        file.out.writeBytes(new byte[128]);
        file.out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        file.tag(0x0002, 0x0000);
        file.vrAndLength("UL", 4);
        file.int32(metaBytes.length);
        file.out.writeBytes(metaBytes);

        file.explicit = !IMPLICIT_LITTLE_ENDIAN.equals(image.transferSyntax());
        file.text(0x0008, 0x0016, "UI", SECONDARY_CAPTURE);
        file.text(0x0008, 0x0018, "UI", instance);
        file.text(0x0008, 0x0060, "CS", "DX");
        file.text(0x0010, 0x0010, "PN", "Synthetic^Patient");
        file.text(0x0010, 0x0020, "LO", "P" + Integer.toUnsignedString(instance.hashCode() % 100000));
        if (image.sex() != null) {
            file.text(0x0010, 0x0040, "CS", image.sex());
        }
        if (image.age() != null) {
            file.text(0x0010, 0x1010, "AS", image.age());
        }
        file.us(0x0028, 0x0002, 1);
        file.text(0x0028, 0x0004, "CS", image.photometric());
        file.us(0x0028, 0x0010, image.rows());
        file.us(0x0028, 0x0011, image.columns());
        file.us(0x0028, 0x0100, image.bitsAllocated());
        file.us(0x0028, 0x0101, image.bitsStored());
        file.us(0x0028, 0x0102, image.highBit());
        file.us(0x0028, 0x0103, image.signed() ? 1 : 0);
        if (image.intercept() != null) {
            file.text(0x0028, 0x1052, "DS", image.intercept());
        }
        if (image.slope() != null) {
            file.text(0x0028, 0x1053, "DS", image.slope());
        }
        if (image.encapsulated() != null) {
            file.encapsulatedPixels(image.encapsulated());
        } else {
            file.nativePixels(image);
        }
        return file.out.toByteArray();
    }

    private void nativePixels(Image image) {
        int count = image.rows() * image.columns();
        if (image.samples().length != count) {
            throw new IllegalArgumentException(image.samples().length + " samples for " + count + " pixels");
        }
        int bytesPerSample = image.bitsAllocated() / 8;
        int length = count * bytesPerSample;
        tag(0x7FE0, 0x0010);
        vrAndLength(bytesPerSample == 1 ? "OB" : "OW", length + (length & 1));
        int shift = image.highBit() + 1 - image.bitsStored();
        int mask = (1 << image.bitsStored()) - 1;
        int unusedMask = ~(mask << shift) & ((1 << image.bitsAllocated()) - 1);
        for (int sample : image.samples()) {
            int word = ((sample & mask) << shift) | (image.unusedBits() & unusedMask);
            out.write(word & 0xff);
            if (bytesPerSample == 2) {
                out.write((word >>> 8) & 0xff);
            }
        }
        if ((length & 1) != 0) {
            out.write(0);
        }
    }

    /** Encapsulated pixel data: an empty basic offset table item, one fragment, the sequence delimiter. */
    private void encapsulatedPixels(byte[] fragment) {
        tag(0x7FE0, 0x0010);
        if (explicit) {
            out.writeBytes("OB".getBytes(StandardCharsets.US_ASCII));
            int16(0);
        }
        int32(-1);
        tag(0xFFFE, 0xE000);
        int32(0);
        tag(0xFFFE, 0xE000);
        int32(fragment.length + (fragment.length & 1));
        out.writeBytes(fragment);
        if ((fragment.length & 1) != 0) {
            out.write(0);
        }
        tag(0xFFFE, 0xE0DD);
        int32(0);
    }

    private void text(int group, int element, String vr, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        int padded = bytes.length + (bytes.length & 1);
        tag(group, element);
        vrAndLength(vr, padded);
        out.writeBytes(bytes);
        if (padded > bytes.length) {
            out.write("UI".equals(vr) ? 0 : ' ');
        }
    }

    private void us(int group, int element, int value) {
        tag(group, element);
        vrAndLength("US", 2);
        int16(value);
    }

    private void ob(int group, int element, byte[] value) {
        tag(group, element);
        vrAndLength("OB", value.length);
        out.writeBytes(value);
    }

    private void tag(int group, int element) {
        int16(group);
        int16(element);
    }

    /** Explicit VR: the VR, then a 16-bit length, or 2 reserved bytes and a 32-bit one; implicit: 32-bit length. */
    private void vrAndLength(String vr, int length) {
        if (!explicit) {
            int32(length);
            return;
        }
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT")) {
            int16(0);
            int32(length);
        } else {
            int16(length);
        }
    }

    private void int16(int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private void int32(int value) {
        int16(value & 0xffff);
        int16(value >>> 16);
    }

    /** A Patient's Age string: three digits and the unit, e.g. {@code age(61, 'Y')} is {@code 061Y}. */
    public static String age(int value, char unit) {
        return String.format(Locale.ROOT, "%03d%c", value, unit);
    }
}
