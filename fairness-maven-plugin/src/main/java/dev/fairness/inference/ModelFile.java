package dev.fairness.inference;

import dev.fairness.Sha256;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * What the model file's bytes say that ONNX Runtime's Java API does not: the SHA-256 (so a cached evaluation is
 * reused only for the same model) and the top-level {@code ModelProto} fields IR version (1), producer name (2) and
 * version (3) and the default-domain opset (8). One streaming pass; the graph (field 7) is hashed, never parsed.
 *
 * @param irVersion -1 when unknown; {@code opset} likewise; {@code producer} empty when unknown
 */
public record ModelFile(String sha256, long irVersion, long opset, String producer) {

    private static final int MAX_STRING = 1 << 16;

    /** Reads and hashes a file; header fields it cannot parse are left unknown (ONNX Runtime judges validity). */
    public static ModelFile read(Path file) throws IOException {
        MessageDigest sha = Sha256.digest();
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream in = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha)) {
            Header header = new Header();
            try {
                header.parse(in);
            } catch (IOException | RuntimeException notAModel) {
                // not a protobuf ModelProto: keep what was read, hash the rest
            }
            byte[] rest = new byte[1 << 16];
            while (in.read(rest) >= 0) {
                // drain through the digest
            }
            String producer = (header.producerName + " " + header.producerVersion).strip();
            return new ModelFile(Sha256.hex(sha), header.irVersion, header.opset, producer);
        }
    }

    /** The top-level fields; wire types 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
    private static final class Header {
        long irVersion = -1;
        long opset = -1;
        String producerName = "";
        String producerVersion = "";

        void parse(InputStream in) throws IOException {
            long tag;
            while ((tag = varint(in, true)) >= 0) {
                int field = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                if (wire == 0) {
                    long value = varint(in, false);
                    if (field == 1) {
                        irVersion = value;
                    }
                } else if (wire == 2) {
                    long length = varint(in, false);
                    if (field == 2 || field == 3 || field == 8) {
                        if (length > MAX_STRING) {
                            throw new IOException("field too long");
                        }
                        byte[] bytes = in.readNBytes((int) length);
                        if (field == 2) {
                            producerName = new String(bytes, StandardCharsets.UTF_8);
                        } else if (field == 3) {
                            producerVersion = new String(bytes, StandardCharsets.UTF_8);
                        } else {
                            opsetImport(bytes);
                        }
                    } else {
                        skip(in, length);
                    }
                } else if (wire == 1 || wire == 5) {
                    skip(in, wire == 1 ? 8 : 4);
                } else {
                    throw new IOException("wire type " + wire);
                }
            }
        }

        /** {@code OperatorSetIdProto}: domain 1, version 2; the default domain is "" or "ai.onnx". */
        private void opsetImport(byte[] bytes) throws IOException {
            InputStream in = new ByteArrayInputStream(bytes);
            String domain = "";
            long version = -1;
            long tag;
            while ((tag = varint(in, true)) >= 0) {
                if (tag == (1 << 3 | 2)) {
                    domain = new String(in.readNBytes((int) varint(in, false)), StandardCharsets.UTF_8);
                } else if (tag == (2 << 3)) {
                    version = varint(in, false);
                } else {
                    throw new IOException("unexpected opset field " + tag);
                }
            }
            if (domain.isEmpty() || domain.equals("ai.onnx")) {
                opset = version;
            }
        }

        private static long varint(InputStream in, boolean endAllowed) throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    if (endAllowed && shift == 0) {
                        return -1;
                    }
                    throw new EOFException();
                }
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("varint too long");
        }

        /** Reads (not skips) so the bytes pass through the digest. */
        private static void skip(InputStream in, long length) throws IOException {
            byte[] buffer = new byte[8192];
            while (length > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, length));
                if (n < 0) {
                    throw new EOFException();
                }
                length -= n;
            }
        }
    }
}
