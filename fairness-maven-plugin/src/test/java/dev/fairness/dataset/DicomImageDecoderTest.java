package dev.fairness.dataset;

import dev.fairness.testing.DicomTestFiles;
import dev.fairness.testing.DicomWriter;
import dev.fairness.testing.DicomWriter.Image;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fairness.dataset.Errors.assertInputError;
import static dev.fairness.testing.DicomWriter.EXPLICIT_LITTLE_ENDIAN;
import static dev.fairness.testing.DicomWriter.IMPLICIT_LITTLE_ENDIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DICOM decoding: pixel values of every encoding against the formula applied to the generator's own samples
 * (written out here, independently of {@link DicomPixelScaling}), the committed files against pydicom's reading
 * ({@code golden.csv}), and the messages for files the decoder does not read.
 */
class DicomImageDecoderTest {
    private static final Path COMMITTED = Path.of("src/test/resources/dicom");
    private static final int N = 16;

    @TempDir
    Path dir;

    private FloatImage decode(String name, Image image) {
        Path file = dir.resolve(name);
        DicomWriter.write(file, image);
        return ImageDecoder.decode(file, "manifest.csv, line 2");
    }

    private static int[] ramp(int low, int high) {
        int[] samples = new int[N * N];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = low + (int) ((long) (high - low) * i / (samples.length - 1));
        }
        return samples;
    }

    @Nested
    class PixelValues {
        @Test
        void eightBitMonochrome2IsDividedBy255LikeAPng() throws IOException {
            int[] s = ramp(0, 255);
            FloatImage dicom = decode("a.dcm", Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "MONOCHROME2", s));
            BufferedImage png = new BufferedImage(N, N, BufferedImage.TYPE_BYTE_GRAY);
            png.getRaster().setPixels(0, 0, N, N, s);
            Path pngFile = dir.resolve("a.png");
            ImageIO.write(png, "png", pngFile.toFile());
            assertArrayEquals(ImageDecoder.decode(pngFile).data(), dicom.data());
            assertEquals(1, dicom.channels());
            assertEquals(0f, dicom.data()[0]);
            assertEquals(1f, dicom.data()[N * N - 1]);
        }

        @Test
        void sixteenBitUnsignedDecodesExactlyLikeASixteenBitPng() throws IOException {
            int[] s = ramp(0, 65535);
            FloatImage dicom = decode("b.dcm", Image.of(IMPLICIT_LITTLE_ENDIAN, N, N, 16, 16, false, "MONOCHROME2", s));
            BufferedImage png = new BufferedImage(N, N, BufferedImage.TYPE_USHORT_GRAY);
            png.getRaster().setPixels(0, 0, N, N, s);
            Path pngFile = dir.resolve("b.png");
            ImageIO.write(png, "png", pngFile.toFile());
            assertArrayEquals(ImageDecoder.decode(pngFile).data(), dicom.data());
        }

        @Test
        void monochrome1IsInverted() {
            int[] s = ramp(0, 255);
            FloatImage image = decode("c.dcm", Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "MONOCHROME1", s));
            for (int i = 0; i < s.length; i++) {
                assertEquals((float) (1 - s[i] / 255.0), image.data()[i], 1e-7, "pixel " + i);
            }
            assertEquals(1f, image.data()[0]);
        }

        @Test
        void signedSixteenBitWithRescaleIsScaledOverItsRescaledRange() {
            int[] s = ramp(-32768, 32767);
            FloatImage image = decode("d.dcm", Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 16, 16, true, "MONOCHROME2", s)
                    .withRescale("2", "-1024"));
            for (int i = 0; i < s.length; i++) {
                // rescaled value 2s - 1024 over its range [2 * -32768 - 1024, 2 * 32767 - 1024]
                double m = 2.0 * s[i] - 1024;
                double expected = (m - (2.0 * -32768 - 1024)) / (2.0 * 65535);
                assertEquals((float) expected, image.data()[i], 1e-6, "pixel " + i);
            }
            assertEquals(0f, image.data()[0]);
            assertEquals(1f, image.data()[N * N - 1]);
        }

        @Test
        void twelveBitsStoredInSixteenAreDividedBy4095AndTheUnusedHighBitsIgnored() {
            int[] s = ramp(0, 4095);
            FloatImage image = decode("e.dcm", Image.of(IMPLICIT_LITTLE_ENDIAN, N, N, 16, 12, false, "MONOCHROME2", s)
                    .withUnusedBits(0xF000));
            for (int i = 0; i < s.length; i++) {
                assertEquals((float) (s[i] / 4095.0), image.data()[i], 1e-7, "pixel " + i);
            }
        }

        @Test
        void twelveBitsStoredUnderAHighBitOf15AreShiftedDown() {
            int[] s = ramp(0, 4095);
            Image low = Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 16, 12, false, "MONOCHROME2", s);
            Image high = new Image(EXPLICIT_LITTLE_ENDIAN, N, N, 16, 12, 15, false, "MONOCHROME2", s, 0x000F,
                    null, null, null, null, null);
            assertArrayEquals(decode("low.dcm", low).data(), decode("high.dcm", high).data());
        }

        @Test
        void signedTwelveBitsWithANegativeSlopeAreSignExtendedAndInverted() {
            int[] s = ramp(-2048, 2047);
            FloatImage image = decode("f.dcm", Image.of(IMPLICIT_LITTLE_ENDIAN, N, N, 16, 12, true, "MONOCHROME2", s)
                    .withRescale("-1.5", "100").withUnusedBits(0xF000));
            for (int i = 0; i < s.length; i++) {
                // m = -1.5 s + 100 runs from 100 + 1.5 * 2048 (s = -2048) down to 100 - 1.5 * 2047
                double m = -1.5 * s[i] + 100;
                double min = -1.5 * 2047 + 100;
                double max = -1.5 * -2048 + 100;
                assertEquals((float) ((m - min) / (max - min)), image.data()[i], 1e-6, "pixel " + i);
            }
            assertEquals(1f, image.data()[0]);
        }

        @Test
        void committedFilesDecodeToPydicomsValues() throws IOException {
            Map<String, float[]> golden = new HashMap<>();
            List<String> lines = Files.readAllLines(COMMITTED.resolve("golden.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                golden.computeIfAbsent(cells[0], k -> new float[DicomTestFiles.SIZE * DicomTestFiles.SIZE])
                        [Integer.parseInt(cells[1])] = Float.parseFloat(cells[2]);
            }
            assertEquals(DicomTestFiles.files().keySet(), golden.keySet());
            for (Map.Entry<String, float[]> file : golden.entrySet()) {
                float[] decoded = ImageDecoder.decode(COMMITTED.resolve(file.getKey())).data();
                float[] expected = file.getValue();
                for (int i = 0; i < expected.length; i++) {
                    // the golden has 7 decimals
                    assertEquals(expected[i], decoded[i], 1e-6, file.getKey() + " pixel " + i);
                }
            }
        }

        @Test
        void decodingFromManyThreadsAtOnceGivesTheSameValues() throws Exception {
            // the pipeline decodes on several workers, and ImageJ is not thread-safe: without the plugin's lock, 4,000
            // decodes on 4 threads mixed two files' headers (a missing Photometric Interpretation, a foreign High Bit)
            List<String> names = List.copyOf(DicomTestFiles.files().keySet());
            Map<String, float[]> alone = new HashMap<>();
            for (String name : names) {
                alone.put(name, ImageDecoder.decode(COMMITTED.resolve(name)).data());
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<float[]>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 4000; i++) {
                    String name = names.get(i % names.size());
                    results.add(pool.submit(() -> ImageDecoder.decode(COMMITTED.resolve(name)).data()));
                }
                for (int i = 0; i < results.size(); i++) {
                    assertArrayEquals(alone.get(names.get(i % names.size())), results.get(i).get(), "decode " + i);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void committedFilesAreWhatTheGeneratorWrites() throws IOException {
            DicomTestFiles.writeAll(dir);
            for (String name : DicomTestFiles.files().keySet()) {
                assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(COMMITTED.resolve(name)),
                        name);
            }
        }
    }

    @Nested
    class Header {
        @Test
        void readsPatientSexAndAgeWithoutThePixelData() throws IOException {
            Path file = dir.resolve("h.dcm");
            byte[] bytes = DicomWriter.bytes(Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 16, 16, false, "MONOCHROME2",
                    ramp(0, 1000)).withPatient("F", "061Y"));
            // cut inside the pixel data: the header alone is still readable
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
            DicomHeader header = DicomImageDecoder.readHeader(file, "manifest.csv, line 2");
            assertEquals("F", header.value(DicomHeader.PATIENT_SEX));
            assertEquals("061Y", header.value(DicomHeader.PATIENT_AGE));
        }

        @Test
        void aFileWithoutThePreambleHasNoHeader() throws IOException {
            Path file = Files.writeString(dir.resolve("x.png"), "not DICOM at all");
            assertNull(DicomImageDecoder.readHeader(file, null));
        }
    }

    @Nested
    class Failures {
        @Test
        void aJpegBaselineFileNamesTheSyntaxAndHowToDecompress() throws IOException {
            BufferedImage grey = new BufferedImage(N, N, BufferedImage.TYPE_BYTE_GRAY);
            grey.getRaster().setPixels(0, 0, N, N, ramp(0, 255));
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            assertTrue(ImageIO.write(grey, "jpeg", jpeg));
            Path file = dir.resolve("scan.dcm");
            DicomWriter.write(file, Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "MONOCHROME2", ramp(0, 255))
                    .encapsulating(DicomWriter.JPEG_BASELINE, jpeg.toByteArray()));
            assertInputError("manifest.csv, line 2: image " + file + " is DICOM in the transfer syntax JPEG Baseline"
                    + " (Process 1) (1.2.840.10008.1.2.4.50); the plugin reads uncompressed DICOM only (Implicit or"
                    + " Explicit VR Little Endian). Decompress it to Explicit VR Little Endian first, e.g. with"
                    + " `gdcmconv --raw in.dcm out.dcm` (GDCM, any syntax) or DCMTK's `dcmdjpeg in.dcm out.dcm`"
                    + " (JPEG), `dcmdrle` (RLE), `dcmconv +te` (deflate), or remove the row.",
                    () -> ImageDecoder.decode(file, "manifest.csv, line 2"));
            assertInputError("manifest.csv, line 2: image " + file + " is DICOM in the transfer syntax JPEG Baseline"
                    + " (Process 1) (1.2.840.10008.1.2.4.50); the plugin reads uncompressed DICOM only (Implicit or"
                    + " Explicit VR Little Endian). Decompress it to Explicit VR Little Endian first, e.g. with"
                    + " `gdcmconv --raw in.dcm out.dcm` (GDCM, any syntax) or DCMTK's `dcmdjpeg in.dcm out.dcm`"
                    + " (JPEG), `dcmdrle` (RLE), `dcmconv +te` (deflate), or remove the row.",
                    () -> DicomImageDecoder.readHeader(file, "manifest.csv, line 2"));
        }

        @Test
        void rleAndJpeg2000AndDeflateAreNamed() {
            Map<String, String> names = Map.of("1.2.840.10008.1.2.5", "RLE Lossless",
                    "1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)",
                    "1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian",
                    "1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction");
            for (Map.Entry<String, String> syntax : names.entrySet()) {
                Path file = dir.resolve("s" + syntax.getKey() + ".dcm");
                DicomWriter.write(file, Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "MONOCHROME2",
                        ramp(0, 255)).encapsulating(syntax.getKey(), new byte[]{1, 2, 3, 4}));
                assertInputError("Image " + file + " is DICOM in the transfer syntax " + syntax.getValue() + " ("
                        + syntax.getKey() + "); the plugin reads uncompressed DICOM only (Implicit or Explicit VR"
                        + " Little Endian). " + DicomMessages.DECOMPRESS + ".", () -> ImageDecoder.decode(file));
            }
        }

        @Test
        void aDcmFileWithoutThePreambleIsNotPart10() throws IOException {
            byte[] bytes = DicomWriter.bytes(Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "MONOCHROME2",
                    ramp(0, 255)));
            Path file = Files.write(dir.resolve("old.dcm"), Arrays.copyOfRange(bytes, 132, bytes.length));
            assertInputError("Image " + file + " is named .dcm but is not a DICOM Part 10 file (no 'DICM' at byte"
                    + " 128). Write it as a DICOM file with the preamble and file meta information, e.g. with"
                    + " `dcmconv in.dcm out.dcm` (DCMTK) or `gdcmconv in.dcm out.dcm` (GDCM).",
                    () -> ImageDecoder.decode(file));
        }

        @Test
        void truncatedPixelDataSaysHowManyBytesAreMissing() throws IOException {
            byte[] bytes = DicomWriter.bytes(Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 16, 16, false, "MONOCHROME2",
                    ramp(0, 65535)));
            Path file = Files.write(dir.resolve("cut.dcm"), Arrays.copyOf(bytes, bytes.length - 10));
            assertInputError("manifest.csv, line 5: image " + file + " cannot be decoded: the DICOM data is truncated"
                    + " or corrupt (the pixel data needs " + bytes.length + " bytes, the file has "
                    + (bytes.length - 10) + "). Replace it with a valid file, or remove the row.",
                    () -> ImageDecoder.decode(file, "manifest.csv, line 5"));
        }

        @Test
        void aColourDicomIsRefusedWithWhatIsRead() {
            Path file = dir.resolve("colour.dcm");
            DicomWriter.write(file, Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "PALETTE COLOR",
                    ramp(0, 255)));
            assertInputError("Image " + file + " has a DICOM pixel layout the plugin does not read (Photometric"
                    + " Interpretation PALETTE COLOR, 1 sample(s) per pixel); it reads single-frame MONOCHROME1 or"
                    + " MONOCHROME2 images with 8 or 16 bits allocated. Convert it, e.g. to a 16-bit grey PNG.",
                    () -> ImageDecoder.decode(file));
        }

        @Test
        void aZeroRescaleSlopeIsNamed() {
            Path file = dir.resolve("slope.dcm");
            DicomWriter.write(file, Image.of(EXPLICIT_LITTLE_ENDIAN, N, N, 8, 8, false, "MONOCHROME2",
                    ramp(0, 255)).withRescale("0", "0"));
            assertInputError("Image " + file + " has an invalid DICOM Rescale Slope (0028,1053): found '0', expected"
                    + " a finite number other than 0. Correct the header.", () -> ImageDecoder.decode(file));
        }
    }
}
