package dev.fairness.dataset;

import dev.fairness.InputException;

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
import java.nio.file.Path;

/**
 * A decoded image's samples as planar floats in [0, 1], read from the <em>raster</em>, never through
 * {@code getRGB()}: {@code getRGB()} converts grey through a gamma curve and truncates 16-bit grey to 8 bits, which
 * changes what the model sees. Each sample is divided by the largest value of its bit depth (255 for 8-bit, 65535
 * for 16-bit). Grey stays one channel, colour becomes three (R, G, B); alpha is dropped; palette images are looked
 * up through their colour model (a palette of greys gives one channel). Common layouts (byte and 16-bit
 * interleaved or banded rasters) are read straight from the data buffer; anything else goes through
 * {@link Raster#getSamples} one row at a time.
 */
final class RasterSamples {
    private RasterSamples() {
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
}
