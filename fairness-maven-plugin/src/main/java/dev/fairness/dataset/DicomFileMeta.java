package dev.fairness.dataset;

import java.nio.charset.StandardCharsets;

/**
 * The Transfer Syntax UID from a DICOM Part 10 file's meta information (group 0002, always Explicit VR Little
 * Endian, PS3.10 section 7.1), read before the data set is parsed: the data set of a deflated or otherwise
 * encoded file cannot be walked element by element, but its syntax must still be named in the message.
 */
final class DicomFileMeta {
    private static final int START = 132;

    private DicomFileMeta() {
    }

    /** The UID, or {@code ""} when the meta group has none or ends early. */
    static String transferSyntax(byte[] bytes) {
        int at = START;
        while (at + 8 <= bytes.length && uint16(bytes, at) == 0x0002) {
            int element = uint16(bytes, at + 2);
            String vr = new String(bytes, at + 4, 2, StandardCharsets.US_ASCII);
            long length;
            int header;
            if (vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT")
                    || vr.equals("UC") || vr.equals("UR")) {
                if (at + 12 > bytes.length) {
                    return "";
                }
                length = uint16(bytes, at + 8) | (long) uint16(bytes, at + 10) << 16;
                header = 12;
            } else {
                length = uint16(bytes, at + 6);
                header = 8;
            }
            if (at + header + length > bytes.length) {
                return "";
            }
            if (element == 0x0010) {
                return new String(bytes, at + header, (int) length, StandardCharsets.US_ASCII)
                        .replace('\0', ' ').trim();
            }
            at += header + (int) length;
        }
        return "";
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }
}
