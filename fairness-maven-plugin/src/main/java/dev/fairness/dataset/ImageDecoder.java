package dev.fairness.dataset;

import dev.fairness.InputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
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
 * <p>Samples are read from the <em>raster</em>, never through {@code getRGB()}: {@code getRGB()} converts grey
 * through a gamma curve and truncates 16-bit grey to 8 bits, which changes what the model sees. Each sample is
 * divided by the largest value of its bit depth (255 for 8-bit, 65535 for 16-bit). Grey stays one channel, colour
 * becomes three (R, G, B); alpha is dropped; palette images are looked up through their colour model (a palette
 * of greys gives one channel). Common layouts (byte and 16-bit interleaved or banded rasters) are read straight
 * from the data buffer; anything else goes through {@link Raster#getSamples} one row at a time.
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
        return toFloat(image, file, location);
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

    /** Converts any decoded image to planar floats, reading the raster (see the class comment). */
    static FloatImage toFloat(BufferedImage image, Path file, String location) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        if (model instanceof IndexColorModel palette) {
            return fromPalette(palette, raster);
        }
        int colours = model.getNumColorComponents();
        int space = model.getColorSpace().getType();
        boolean grey = colours == 1 && space == ColorSpace.TYPE_GRAY;
        boolean rgb = colours == 3 && space == ColorSpace.TYPE_RGB;
        int type = raster.getTransferType();
        if (!grey && !rgb || type == DataBuffer.TYPE_SHORT) {
            throw new InputException(Messages.imageColourUnsupported(location, file,
                    colours + " colour components, colour space type " + space + ", sample type " + type));
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        float[] data = new float[colours * width * height];
        // Colour bands come first in the raster for component and packed colour models; alpha (if any) is last.
        for (int band = 0; band < colours; band++) {
            if (!readDirect(raster, band, data, band * width * height)) {
                readGeneric(raster, band, data, band * width * height);
            }
        }
        return new FloatImage(width, height, colours, data);
    }

    /** Byte or 16-bit samples straight from the data buffer; false if the raster has another layout. */
    private static boolean readDirect(Raster raster, int band, float[] out, int offset) {
        SampleModel sm = raster.getSampleModel();
        DataBuffer buffer = raster.getDataBuffer();
        if (!(sm instanceof ComponentSampleModel csm) || raster.getParent() != null
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return false;
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bank = csm.getBankIndices()[band];
        int start = buffer.getOffsets()[bank] + csm.getBandOffsets()[band];
        int pixelStride = csm.getPixelStride();
        int scanline = csm.getScanlineStride();
        float max = (float) ((1 << sm.getSampleSize(band)) - 1);
        if (buffer instanceof DataBufferByte bytes) {
            byte[] in = bytes.getData(bank);
            for (int y = 0, o = offset; y < height; y++) {
                for (int x = 0, i = start + y * scanline; x < width; x++, i += pixelStride) {
                    out[o++] = (in[i] & 0xff) / max;
                }
            }
            return true;
        }
        if (buffer instanceof DataBufferUShort shorts) {
            short[] in = shorts.getData(bank);
            for (int y = 0, o = offset; y < height; y++) {
                for (int x = 0, i = start + y * scanline; x < width; x++, i += pixelStride) {
                    out[o++] = (in[i] & 0xffff) / max;
                }
            }
            return true;
        }
        return false;
    }

    /** Any other raster, one row at a time; floating-point samples are taken as already in [0, 1]. */
    private static void readGeneric(Raster raster, int band, float[] out, int offset) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int minX = raster.getMinX();
        int minY = raster.getMinY();
        int type = raster.getTransferType();
        if (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE) {
            float[] row = new float[width];
            for (int y = 0; y < height; y++) {
                raster.getSamples(minX, minY + y, width, 1, band, row);
                System.arraycopy(row, 0, out, offset + y * width, width);
            }
            return;
        }
        float max = (float) ((1L << raster.getSampleModel().getSampleSize(band)) - 1);
        int[] row = new int[width];
        for (int y = 0, o = offset; y < height; y++) {
            raster.getSamples(minX, minY + y, width, 1, band, row);
            for (int x = 0; x < width; x++) {
                out[o++] = row[x] / max;
            }
        }
    }

    /** Palette images through their colour table; one channel when every entry is grey. */
    private static FloatImage fromPalette(IndexColorModel palette, Raster raster) {
        int size = palette.getMapSize();
        float[][] table = new float[3][size];
        boolean allGrey = true;
        for (int i = 0; i < size; i++) {
            table[0][i] = palette.getRed(i) / 255f;
            table[1][i] = palette.getGreen(i) / 255f;
            table[2][i] = palette.getBlue(i) / 255f;
            allGrey &= palette.getRed(i) == palette.getGreen(i) && palette.getGreen(i) == palette.getBlue(i);
        }
        int channels = allGrey ? 1 : 3;
        int width = raster.getWidth();
        int height = raster.getHeight();
        int plane = width * height;
        float[] data = new float[channels * plane];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, row);
            for (int c = 0; c < channels; c++) {
                float[] lookup = table[c];
                int o = c * plane + y * width;
                for (int x = 0; x < width; x++) {
                    // indices past the table (possible in a corrupt file) read as the last entry
                    data[o + x] = lookup[Math.min(row[x], size - 1)];
                }
            }
        }
        return new FloatImage(width, height, channels, data);
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
