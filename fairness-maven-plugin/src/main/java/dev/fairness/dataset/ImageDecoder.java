package dev.fairness.dataset;

import dev.fairness.InputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Decodes an image file (PNG, JPEG, and whatever else {@code javax.imageio} reads; DICOM through
 * {@link DicomImageDecoder}) into a {@link FloatImage} with values in [0, 1], keeping full precision.
 *
 * <p>Samples are read from the raster at full precision, never through {@code getRGB()} ({@link RasterSamples}).
 *
 * <p>Every failure is an {@link InputException} naming the file (and the manifest row when given) and saying what
 * to do: a missing or empty file, an unknown format, a truncated or corrupt file, an unsupported colour layout.
 */
public final class ImageDecoder {
    /** Larger images are refused before decoding: their float planes would not fit in a normal heap. */
    public static final long MAX_PIXELS = 1L << 26;

    private ImageDecoder() {
    }

    /** Decodes an image that is not tied to a manifest row. */
    public static FloatImage decode(Path file) {
        return decode(file, null);
    }

    /**
     * @param location where the image is referenced, for messages, e.g. {@code manifest.csv, line 7}
     *                 ({@link Manifest#location(int)}); {@code null} if none
     */
    public static FloatImage decode(Path file, String location) {
        return decode(file, location, DecodeBudget.forWorkers(1));
    }

    /**
     * As {@link #decode(Path, String)}, refusing (before reading it) a file larger than the budget, and (from its
     * header, before decoding) an image whose decoding would need more.
     */
    public static FloatImage decode(Path file, String location, DecodeBudget budget) {
        byte[] bytes;
        try {
            budget.check(Files.size(file), "(" + DecodeBudget.megabytes(Files.size(file)) + " MB on disk)", location,
                    file);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(Messages.imageUnreadable(location, file, "the file does not exist"), e);
        } catch (IOException e) {
            throw new InputException(Messages.imageUnreadable(location, file, String.valueOf(e.getMessage())), e);
        }
        return decode(bytes, file, location, budget);
    }

    /**
     * Decodes an image whose bytes the caller has already read (e.g. to hash them).
     *
     * @param file     the file the bytes came from, for messages
     * @param location as for {@link #decode(Path, String)}
     */
    public static FloatImage decode(byte[] bytes, Path file, String location) {
        return decode(bytes, file, location, DecodeBudget.forWorkers(1));
    }

    /** As {@link #decode(byte[], Path, String)}, checking the decoding's memory against the budget first. */
    public static FloatImage decode(byte[] bytes, Path file, String location, DecodeBudget budget) {
        if (bytes.length == 0) {
            throw new InputException(Messages.imageEmpty(location, file));
        }
        if (DicomImageDecoder.isDicom(bytes) || DicomImageDecoder.hasDicomName(file)) {
            return DicomImageDecoder.decode(bytes, file, location, budget);
        }
        BufferedImage image = read(bytes, file, location, budget);
        return RasterSamples.toFloat(image, file, location);
    }

    private static BufferedImage read(byte[] bytes, Path file, String location, DecodeBudget budget) {
        ImageInputStream in = new ByteArrayImageInputStream(bytes);
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new InputException(Messages.imageFormatUnsupported(location, file, sniff(bytes)));
        }
        ImageReader reader = readers.next();
        TruncationListener truncation = new TruncationListener();
        try {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener(truncation);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new InputException(Messages.imageTooLarge(location, file, width, height, MAX_PIXELS));
            }
            checkBudget(reader, bytes.length, width, height, budget, file, location);
            BufferedImage image = reader.read(0);
            if (image == null || truncation.warned) {
                throw new InputException(Messages.imageCorrupt(location, file, formatName(reader)));
            }
            return image;
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            rethrowError(e);
            // the decoder's own wording stays in the cause, shown at debug level
            if ("Unsupported Image Type".equals(e.getMessage())) {
                throw new InputException(Messages.imageColourUnsupported(location, file,
                        formatName(reader) + " with CMYK or YCCK colour"), e);
            }
            throw new InputException(Messages.imageCorrupt(location, file, formatName(reader)), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * ImageIO's PNG reader wraps whatever it catches, an {@code OutOfMemoryError} too, in an IOException: such a file
     * is not corrupt, and the pipeline must see the Error to report it for what it is.
     */
    private static void rethrowError(Exception e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * Checks what decoding will allocate, from the header alone: the raster of the type the reader will decode to
     * (its bands and bits per band) and the float planes (three for colour and palette images, one for grey).
     */
    private static void checkBudget(ImageReader reader, long fileBytes, int width, int height, DecodeBudget budget,
                                    Path file, String location) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        int bits = 32; // unknown layout: assume four 8-bit bands
        int channels = 3;
        String layout = "";
        if (type != null) {
            bits = 0;
            for (int band = 0; band < type.getNumBands(); band++) {
                bits += type.getBitsPerBand(band);
            }
            ColorModel model = type.getColorModel();
            channels = model instanceof IndexColorModel || model.getNumColorComponents() > 1 ? 3 : 1;
            layout = ", " + type.getNumBands() + (type.getNumBands() == 1 ? " band" : " bands") + " of "
                    + type.getBitsPerBand(0) + " bits";
        }
        budget.check(DecodeBudget.needed(fileBytes, width, height, bits, channels),
                "(" + width + "x" + height + " pixels" + layout + ")", location, file);
    }

    private static String formatName(ImageReader reader) {
        return reader.getOriginatingProvider() == null ? "image"
                : reader.getOriginatingProvider().getFormatNames()[0].toUpperCase(Locale.ROOT);
    }

    /** Names formats people commonly try that ImageIO cannot read, for the message. */
    static String sniff(byte[] bytes) {
        if (bytes.length >= 12 && "RIFF".equals(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1))
                && "WEBP".equals(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1))) {
            return "found WebP";
        }
        if (bytes.length >= 12 && bytes[4] == 'j' && bytes[5] == 'P' && bytes[6] == ' ' && bytes[7] == ' ') {
            return "found JPEG 2000";
        }
        return "not recognised";
    }

    /** Records the warning ImageIO's JPEG reader gives, instead of an exception, for a truncated file. */
    private static final class TruncationListener implements IIOReadWarningListener {
        boolean warned;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            warned |= warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end");
        }
    }
}
