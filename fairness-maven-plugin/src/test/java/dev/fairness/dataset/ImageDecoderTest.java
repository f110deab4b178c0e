package dev.fairness.dataset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static dev.fairness.dataset.Errors.assertInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageDecoderTest {
    @TempDir
    Path dir;

    private Path write(BufferedImage image, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()), "no ImageIO writer for " + format);
        return file;
    }

    /** 3x2 image whose sample of band b at (x, y) is values[b][y * 3 + x]. */
    private static void fill(BufferedImage image, int[][] values) {
        WritableRaster raster = image.getRaster();
        for (int b = 0; b < values.length; b++) {
            for (int i = 0; i < values[b].length; i++) {
                raster.setSample(i % image.getWidth(), i / image.getWidth(), b, values[b][i]);
            }
        }
    }

    private static float[] scaled(int[] values, float max) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / max;
        }
        return out;
    }

    private static float[] plane(FloatImage image, int channel) {
        int n = image.planeSize();
        return Arrays.copyOfRange(image.data(), channel * n, (channel + 1) * n);
    }

    @Nested
    class Decodes {
        @Test
        void eightBitGreyPngDividedBy255() throws IOException {
            int[] grey = {0, 1, 127, 128, 254, 255};
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
            fill(image, new int[][] {grey});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "grey8.png"));

            assertEquals(3, decoded.width());
            assertEquals(2, decoded.height());
            assertEquals(1, decoded.channels());
            assertArrayEquals(scaled(grey, 255f), decoded.data());
            assertEquals(127 / 255f, decoded.get(0, 2, 0));
        }

        @Test
        void sixteenBitGreyPngAtFullPrecision() throws IOException {
            int[] grey = {0, 1, 40000, 40001, 65534, 65535};
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
            fill(image, new int[][] {grey});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "grey16.png"));

            assertEquals(1, decoded.channels());
            assertArrayEquals(scaled(grey, 65535f), decoded.data());
            assertEquals(0.6103608f, decoded.get(0, 2, 0), 1e-7f);
            // 40000 and 40001 stay distinct: nothing went through 8 bits (getRGB would give 156/255 for both)
            assertNotEquals(decoded.get(0, 2, 0), decoded.get(0, 0, 1));
            assertNotEquals(156 / 255f, decoded.get(0, 2, 0));
        }

        @Test
        void rgbPngAsThreePlanes() throws IOException {
            int[] r = {255, 0, 0, 10, 20, 30};
            int[] g = {0, 255, 0, 40, 50, 60};
            int[] b = {0, 0, 255, 70, 80, 90};
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
            fill(image, new int[][] {r, g, b});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "rgb.png"));

            assertEquals(3, decoded.channels());
            assertArrayEquals(scaled(r, 255f), plane(decoded, 0));
            assertArrayEquals(scaled(g, 255f), plane(decoded, 1));
            assertArrayEquals(scaled(b, 255f), plane(decoded, 2));
        }

        @Test
        void rgbaPngWithAlphaDroppedAndColourNotPremultiplied() throws IOException {
            int[] r = {200, 0, 0, 10, 20, 30};
            int[] g = {100, 255, 0, 40, 50, 60};
            int[] b = {50, 0, 255, 70, 80, 90};
            int[] a = {0, 128, 255, 255, 255, 255};
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_4BYTE_ABGR);
            fill(image, new int[][] {r, g, b, a});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "rgba.png"));

            assertEquals(3, decoded.channels());
            assertArrayEquals(scaled(r, 255f), plane(decoded, 0));
            assertArrayEquals(scaled(g, 255f), plane(decoded, 1));
            assertArrayEquals(scaled(b, 255f), plane(decoded, 2));
        }

        @Test
        void sixteenBitRgbaPng() throws IOException {
            ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true,
                    false, Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
            WritableRaster raster = model.createCompatibleWritableRaster(3, 2);
            BufferedImage image = new BufferedImage(model, raster, false, null);
            int[] r = {0, 40000, 65535, 1, 2, 3};
            int[] g = {65535, 0, 40000, 4, 5, 6};
            int[] b = {40000, 65535, 0, 7, 8, 9};
            int[] a = {65535, 0, 30000, 65535, 65535, 65535};
            fill(image, new int[][] {r, g, b, a});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "rgba16.png"));

            assertEquals(3, decoded.channels());
            assertArrayEquals(scaled(r, 65535f), plane(decoded, 0));
            assertArrayEquals(scaled(g, 65535f), plane(decoded, 1));
            assertArrayEquals(scaled(b, 65535f), plane(decoded, 2));
        }

        @Test
        void palettePngThroughItsColourTable() throws IOException {
            byte[] red = {(byte) 255, 0, 10};
            byte[] green = {0, (byte) 128, 20};
            byte[] blue = {0, 0, 30};
            IndexColorModel palette = new IndexColorModel(8, 3, red, green, blue);
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_INDEXED, palette);
            fill(image, new int[][] {{0, 1, 2, 2, 1, 0}});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "palette.png"));

            assertEquals(3, decoded.channels());
            assertArrayEquals(scaled(new int[] {255, 0, 10, 10, 0, 255}, 255f), plane(decoded, 0));
            assertArrayEquals(scaled(new int[] {0, 128, 20, 20, 128, 0}, 255f), plane(decoded, 1));
            assertArrayEquals(scaled(new int[] {0, 0, 30, 30, 0, 0}, 255f), plane(decoded, 2));
        }

        @Test
        void greyPalettePngAsOneChannel() throws IOException {
            byte[] levels = {0, 100, (byte) 200};
            IndexColorModel palette = new IndexColorModel(8, 3, levels, levels, levels);
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_INDEXED, palette);
            fill(image, new int[][] {{0, 1, 2, 2, 1, 0}});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "grey-palette.png"));

            assertEquals(1, decoded.channels());
            assertArrayEquals(scaled(new int[] {0, 100, 200, 200, 100, 0}, 255f), decoded.data());
        }

        @Test
        void oneBitPngAsBlackAndWhite() throws IOException {
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_BINARY);
            fill(image, new int[][] {{0, 1, 0, 1, 1, 0}});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "binary.png"));

            assertEquals(1, decoded.channels());
            assertArrayEquals(new float[] {0, 1, 0, 1, 1, 0}, decoded.data());
        }

        @Test
        void greyJpeg() throws IOException {
            BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster raster = image.getRaster();
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 16; x++) {
                    raster.setSample(x, y, 0, x < 8 ? 60 : 200); // two flat 8x8 blocks: no ringing
                }
            }

            FloatImage decoded = ImageDecoder.decode(write(image, "jpeg", "grey.jpg"));

            assertEquals(16, decoded.width());
            assertEquals(8, decoded.height());
            assertEquals(1, decoded.channels());
            assertEquals(60 / 255f, decoded.get(0, 3, 4), 1.5f / 255);
            assertEquals(200 / 255f, decoded.get(0, 12, 4), 1.5f / 255);
        }

        @Test
        void colourJpeg() throws IOException {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_3BYTE_BGR);
            WritableRaster raster = image.getRaster();
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    raster.setPixel(x, y, new int[] {200, 100, 50});
                }
            }

            FloatImage decoded = ImageDecoder.decode(write(image, "jpeg", "colour.jpg"));

            assertEquals(3, decoded.channels());
            assertEquals(200 / 255f, decoded.get(0, 5, 5), 3f / 255);
            assertEquals(100 / 255f, decoded.get(1, 5, 5), 3f / 255);
            assertEquals(50 / 255f, decoded.get(2, 5, 5), 3f / 255);
        }

        @Test
        void byContentNotByFileName() throws IOException {
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
            fill(image, new int[][] {{1, 2, 3, 4, 5, 6}});

            FloatImage decoded = ImageDecoder.decode(write(image, "png", "actually-a-png.jpg"));

            assertEquals(6 / 255f, decoded.get(0, 2, 1));
        }

        @Test
        void packedIntRgbThroughTheGenericRasterPath() {
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
            fill(image, new int[][] {{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}, {13, 14, 15, 16, 17, 18}});

            FloatImage decoded = RasterSamples.toFloat(image, Path.of("x"), null);

            assertArrayEquals(scaled(new int[] {7, 8, 9, 10, 11, 12}, 255f), plane(decoded, 1));
        }

        @Test
        void aSubImageRasterThroughTheGenericRasterPath() {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY);
            image.getRaster().setSample(2, 3, 0, 40000);
            BufferedImage sub = image.getSubimage(1, 2, 2, 2);
            Raster raster = sub.getRaster();
            assertNotEquals(new Point(0, 0), new Point(raster.getSampleModelTranslateX(),
                    raster.getSampleModelTranslateY()));

            FloatImage decoded = RasterSamples.toFloat(sub, Path.of("x"), null);

            assertEquals(40000 / 65535f, decoded.get(0, 1, 1));
            assertEquals(0f, decoded.get(0, 0, 0));
        }
    }

    @Nested
    class Fails {
        @Test
        void onAnEmptyFile() throws IOException {
            Path file = Files.write(dir.resolve("empty.png"), new byte[0]);
            assertInputError("manifest.csv, line 4: image " + file + " is empty (0 bytes). Replace it with a valid"
                    + " PNG or JPEG file, or remove the row.", () -> ImageDecoder.decode(file, "manifest.csv, line 4"));
            assertInputError("Image " + file + " is empty (0 bytes). Replace it with a valid PNG or JPEG file.",
                    () -> ImageDecoder.decode(file));
        }

        @Test
        void onAMissingFile() {
            Path file = dir.resolve("gone.png");
            assertInputError("manifest.csv, line 2: image " + file + " cannot be read: the file does not exist."
                            + " Check that the file exists and is readable, or remove the row.",
                    () -> ImageDecoder.decode(file, "manifest.csv, line 2"));
        }

        @Test
        void onATruncatedPng() throws IOException {
            BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
            for (int i = 0; i < 64 * 64; i++) {
                image.getRaster().setSample(i % 64, i / 64, 0, (i * 37) % 256);
            }
            Path file = write(image, "png", "cut.png");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            assertInputError("manifest.csv, line 9: image " + file + " cannot be decoded: the PNG data is truncated"
                            + " or corrupt. Replace it with a valid file, or remove the row.",
                    () -> ImageDecoder.decode(file, "manifest.csv, line 9"));
        }

        @Test
        void onATruncatedJpeg() throws IOException {
            BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
            for (int i = 0; i < 64 * 64; i++) {
                image.getRaster().setPixel(i % 64, i / 64, new int[] {i % 256, (i * 7) % 256, (i * 13) % 256});
            }
            Path file = write(image, "jpeg", "cut.jpg");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            assertInputError("Image " + file + " cannot be decoded: the JPEG data is truncated or corrupt."
                    + " Replace it with a valid file.", () -> ImageDecoder.decode(file));
        }

        @Test
        void onAnUnknownFormat() throws IOException {
            Path file = Files.writeString(dir.resolve("notes.png"), "this is not an image");
            assertInputError("manifest.csv, line 3: image " + file + " is not in a supported format (not recognised;"
                            + " supported: PNG, JPEG, BMP, GIF, TIFF, DICOM). Convert it to PNG or JPEG, or remove the row.",
                    () -> ImageDecoder.decode(file, "manifest.csv, line 3"));
        }

        @Test
        void onADicomFileWithoutFileMetaInformation() throws IOException {
            byte[] dicom = new byte[200];
            System.arraycopy("DICM".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, dicom, 128, 4);
            Path file = Files.write(dir.resolve("scan.dcm"), dicom);
            assertInputError("Image " + file + " cannot be decoded: the DICOM data is truncated or corrupt (no"
                    + " Transfer Syntax UID (0002,0010) in the file meta information). Replace it with a valid file.",
                    () -> ImageDecoder.decode(file));
        }
    }
}
