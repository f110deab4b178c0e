package dev.fairness.dataset;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG of a few hundred bytes whose header (IHDR) claims a huge image: its IDAT holds only the first rows, as a
 * hostile or truncated file would. Decoding it would allocate the whole claimed raster before noticing.
 */
final class HugeClaimPng {
    /** 16-bit RGBA, the deepest PNG colour type: 8 bytes a pixel. */
    static final int RGBA = 6;

    private HugeClaimPng() {
    }

    static Path write(Path file, int width, int height, int bitDepth, int colourType) throws IOException {
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
