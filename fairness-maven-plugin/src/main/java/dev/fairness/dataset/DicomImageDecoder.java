package dev.fairness.dataset;

import dev.fairness.InputException;
import ij.ImagePlus;
import ij.Prefs;
import ij.plugin.DICOM;
import ij.process.ImageProcessor;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decodes uncompressed DICOM images with ImageJ's DICOM reader ({@code net.imagej:ij}) into a {@link FloatImage},
 * scaled by {@link DicomPixelScaling}, and reads the header alone (no pixels) for patient attributes.
 *
 * <p>ImageJ parses the file (explicit and implicit VR, sequences, the pixel data offset) and reads the raw
 * samples; everything that gives them meaning is done here from the header, because ImageJ's own handling is
 * meant for display: it adds 32768 to signed 16-bit samples, keeps the unused high bits, shows MONOCHROME1 through
 * an inverted lookup table and applies the rescale only in some cases. Its rescale is switched off
 * ({@code Prefs.ignoreRescaleSlope}) so that the samples it returns are always the stored ones.
 *
 * <p>Before ImageJ sees the pixels, the transfer syntax is checked (compressed syntaxes fail with their name and
 * what to do; ImageJ would read deflated data as garbage) and so are the layout and the length of the pixel data.
 */
public final class DicomImageDecoder {
    private static final int PREAMBLE = 128;
    /** Enough for the preamble and any real file meta group. */
    private static final int META_BYTES = 8192;
    /**
     * ImageJ's DICOM reader is not thread-safe: it loads its tag dictionary lazily into a static field, and two
     * headers read at once were seen to mix (one file's High Bit beside another's Bits Stored, 1 build in 3 of the
     * DICOM IT). Every call into ImageJ holds this lock; the plugin's own scaling runs outside it.
     */
    private static final Object IMAGEJ = new Object();

    static {
        Prefs.ignoreRescaleSlope = true;
        Prefs.openDicomsAsFloat = false;
    }

    private DicomImageDecoder() {
    }

    /** True for a DICOM Part 10 file: {@code DICM} after the 128-byte preamble. */
    public static boolean isDicom(byte[] bytes) {
        return bytes.length >= PREAMBLE + 4
                && "DICM".equals(new String(bytes, PREAMBLE, 4, StandardCharsets.ISO_8859_1));
    }

    /** True for a name that says DICOM ({@code .dcm}, {@code .dicom}), whatever the content. */
    public static boolean hasDicomName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".dcm") || name.endsWith(".dicom");
    }

    /**
     * Reads the header of a DICOM file up to the pixel data, which is neither read nor decoded.
     *
     * @return the header, or {@code null} when the file is not DICOM Part 10
     * @throws InputException if the file cannot be read or is in a transfer syntax the decoder does not read
     */
    public static DicomHeader readHeader(Path file, String location) {
        String info;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), META_BYTES)) {
            in.mark(META_BYTES);
            byte[] start = in.readNBytes(META_BYTES);
            if (!isDicom(start)) {
                return null;
            }
            requireReadableSyntax(DicomFileMeta.transferSyntax(start), file, location);
            in.reset();
            info = info(in, file, location);
        } catch (IOException e) {
            throw new InputException(Messages.imageUnreadable(location, file, String.valueOf(e.getMessage())), e);
        }
        return DicomHeader.parse(info);
    }

    /** Decodes the bytes of a DICOM file; the caller has read them (to hash them) and checked the name or magic. */
    public static FloatImage decode(byte[] bytes, Path file, String location) {
        return decode(bytes, file, location, DecodeBudget.forWorkers(1));
    }

    /** As {@link #decode(byte[], Path, String)}, checking the decoding's memory against the budget first. */
    static FloatImage decode(byte[] bytes, Path file, String location, DecodeBudget budget) {
        if (!isDicom(bytes)) {
            throw new InputException(DicomMessages.notPart10(location, file));
        }
        requireReadableSyntax(DicomFileMeta.transferSyntax(bytes), file, location);
        DicomHeader header = DicomHeader.parse(info(new ByteArrayInputStream(bytes), file, location));
        DicomLayout layout = DicomLayout.of(header, file, location);
        long needed = layout.offset() + (long) layout.rows() * layout.columns() * layout.scaling().bitsAllocated() / 8;
        if (layout.offset() <= 0 || bytes.length < needed) {
            throw new InputException(DicomMessages.corrupt(location, file, "the pixel data needs " + needed
                    + " bytes, the file has " + bytes.length));
        }
        budget.check(DecodeBudget.needed(bytes.length, layout.columns(), layout.rows(),
                layout.scaling().bitsAllocated(), 1), "(" + layout.columns() + "x" + layout.rows() + " DICOM)",
                location, file);
        ImageProcessor processor = pixels(bytes, layout, file, location);
        return toFloat(processor, layout);
    }

    private static void requireReadableSyntax(String uid, Path file, String location) {
        TransferSyntax syntax = TransferSyntax.of(uid);
        if (syntax.uid().isEmpty()) {
            throw new InputException(DicomMessages.corrupt(location, file,
                    "no Transfer Syntax UID (0002,0010) in the file meta information"));
        }
        if (!syntax.isReadable()) {
            throw new InputException(DicomMessages.compressed(location, file, syntax));
        }
    }

    /** ImageJ's listing of the header elements up to the pixel data; reads no pixels. */
    private static String info(InputStream in, Path file, String location) {
        return imageJ(() -> new DICOM(in).getInfo("image.dcm"), file, location);
    }

    private static ImageProcessor pixels(byte[] bytes, DicomLayout layout, Path file, String location) {
        DICOM image = imageJ(() -> {
            DICOM dicom = new DICOM(new ByteArrayInputStream(bytes));
            dicom.open("image.dcm"); // a name only: the bytes come from the stream, and open() shows no dialog
            return dicom;
        }, file, location);
        ImageProcessor processor = image.getWidth() == 0 ? null : image.getProcessor();
        Object data = processor == null ? null : processor.getPixels();
        boolean expectedType = layout.scaling().bitsAllocated() == 8 ? data instanceof byte[] : data instanceof short[];
        if (!expectedType || image.getWidth() != layout.columns() || image.getHeight() != layout.rows()
                || image.getStackSize() != 1) {
            throw new InputException(DicomMessages.corrupt(location, file, "the DICOM reader returned "
                    + (processor == null ? "no image" : image.getWidth() + "x" + image.getHeight() + " "
                    + image.getBitDepth() + "-bit") + " for " + layout.columns() + "x" + layout.rows() + " "
                    + layout.scaling().bitsAllocated() + "-bit"));
        }
        return processor;
    }

    /** The stored samples through {@link DicomPixelScaling}, by a lookup table over every possible word. */
    private static FloatImage toFloat(ImageProcessor processor, DicomLayout layout) {
        DicomPixelScaling scaling = layout.scaling();
        float[] table = new float[1 << scaling.bitsAllocated()];
        for (int word = 0; word < table.length; word++) {
            table[word] = scaling.normalised(word);
        }
        int count = layout.rows() * layout.columns();
        float[] out = new float[count];
        if (processor.getPixels() instanceof byte[] bytes) {
            for (int i = 0; i < count; i++) {
                out[i] = table[bytes[i] & 0xff];
            }
        } else {
            short[] shorts = (short[]) processor.getPixels();
            // ImageJ stores signed 16-bit samples plus 32768; flipping the top bit gives the word in the file back
            int undo = scaling.signed() ? 0x8000 : 0;
            for (int i = 0; i < count; i++) {
                out[i] = table[(shorts[i] & 0xffff) ^ undo];
            }
        }
        return new FloatImage(layout.columns(), layout.rows(), 1, out);
    }

    private interface ImageJCall<T> {
        T call();
    }

    /** Runs ImageJ under its lock; its exceptions on malformed data become a corrupt-file message. */
    private static <T> T imageJ(ImageJCall<T> call, Path file, String location) {
        try {
            synchronized (IMAGEJ) {
                return call.call();
            }
        } catch (RuntimeException e) {
            throw new InputException(DicomMessages.corrupt(location, file, "the DICOM reader failed with "
                    + e.getClass().getSimpleName()), e);
        }
    }
}
