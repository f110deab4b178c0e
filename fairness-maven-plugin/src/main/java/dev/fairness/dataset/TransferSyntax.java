package dev.fairness.dataset;

import java.util.Map;

/**
 * A DICOM transfer syntax (PS3.5 section 10, PS3.6 annex A): its UID, its name for messages, and whether its
 * pixel data is stored uncompressed in a form the decoder reads (Implicit or Explicit VR Little Endian).
 *
 * @param uid  the Transfer Syntax UID (0002,0010)
 * @param name its name in PS3.6, or "an unknown transfer syntax"
 */
public record TransferSyntax(String uid, String name) {
    public static final String IMPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IMPLICIT_LITTLE_ENDIAN, "Implicit VR Little Endian"),
            Map.entry(EXPLICIT_LITTLE_ENDIAN, "Explicit VR Little Endian"),
            Map.entry("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)"),
            Map.entry("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian"),
            Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
            Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction"),
            Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
            Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)"),
            Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000"),
            Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"));

    /** The syntax of a UID as found in a file (trailing padding removed). */
    public static TransferSyntax of(String uid) {
        String clean = uid == null ? "" : uid.trim();
        return new TransferSyntax(clean, NAMES.getOrDefault(clean, "an unknown transfer syntax"));
    }

    /** Uncompressed little-endian pixel data: the only kind the decoder reads. */
    public boolean isReadable() {
        return IMPLICIT_LITTLE_ENDIAN.equals(uid) || EXPLICIT_LITTLE_ENDIAN.equals(uid);
    }
}
