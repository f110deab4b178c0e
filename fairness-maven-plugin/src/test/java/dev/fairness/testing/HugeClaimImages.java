package dev.fairness.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Image files of a few hundred bytes whose headers claim huge images, as a hostile or truncated file would: a
 * decoder allocates the whole claimed raster before it notices that the data is missing.
 */
public final class HugeClaimImages {
    /** PNG colour type RGBA; at 16 bits, the deepest: 8 bytes a pixel. */
    public static final int RGBA = 6;

    private HugeClaimImages() {
    }

    /** A PNG whose IHDR claims the size; its IDAT holds a few samples of the first row. */
    public static Path writePng(Path file, int width, int height, int bitDepth, int colourType) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.writeByte(bitDepth);
        header.writeByte(colourType);
        header.writeByte(0); // deflate
        header.writeByte(0); // adaptive filtering
        header.writeByte(0); // no interlace
        chunk(png, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(idat)) {
            zlib.write(new byte[1 + 16]); // one filter byte and a few zero samples of the first row
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return Files.write(file, png.toByteArray());
    }

    /**
     * A baseline JPEG of 16x16 black RGB pixels whose frame header (SOF0) is changed to claim {@code width x height}
     * (at most 65500 each, the JPEG reader's limit); ImageIO's JPEG reader allocates the claimed raster and throws
     * the {@code OutOfMemoryError} unwrapped when it does not fit.
     */
    public static Path writeJpeg(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(16, 16,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "jpg", out);
        byte[] jpeg = out.toByteArray();
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) { // FFC0, length, precision, height, width
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return Files.write(file, jpeg);
            }
        }
        throw new IllegalStateException("the JPEG writer wrote no SOF0 header");
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
