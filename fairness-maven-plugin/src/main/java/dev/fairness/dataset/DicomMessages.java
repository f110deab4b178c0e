package dev.fairness.dataset;

import java.nio.file.Path;

/**
 * The user-facing messages about DICOM files, worded like {@link Messages}' image messages: where (manifest row
 * and file), what was found, what to do.
 */
final class DicomMessages {
    /** How to get uncompressed DICOM, for every message about a transfer syntax the decoder does not read. */
    static final String DECOMPRESS = "Decompress it to Explicit VR Little Endian first, e.g. with"
            + " `gdcmconv --raw in.dcm out.dcm` (GDCM, any syntax) or DCMTK's `dcmdjpeg in.dcm out.dcm` (JPEG),"
            + " `dcmdrle` (RLE), `dcmconv +te` (deflate)";

    private DicomMessages() {
    }

    private static String image(String location, Path file) {
        return location == null ? "Image " + file : location + ": image " + file;
    }

    private static String orRemoveRow(String location) {
        return location == null ? "." : ", or remove the row.";
    }

    static String compressed(String location, Path file, TransferSyntax syntax) {
        return image(location, file) + " is DICOM in the transfer syntax " + syntax.name() + " (" + syntax.uid()
                + "); the plugin reads uncompressed DICOM only (Implicit or Explicit VR Little Endian). " + DECOMPRESS
                + orRemoveRow(location);
    }

    static String notPart10(String location, Path file) {
        return image(location, file) + " is named .dcm but is not a DICOM Part 10 file (no 'DICM' at byte 128)."
                + " Write it as a DICOM file with the preamble and file meta information, e.g. with"
                + " `dcmconv in.dcm out.dcm` (DCMTK) or `gdcmconv in.dcm out.dcm` (GDCM)" + orRemoveRow(location);
    }

    static String corrupt(String location, Path file, String detail) {
        return image(location, file) + " cannot be decoded: the DICOM data is truncated or corrupt (" + detail + ")."
                + " Replace it with a valid file" + orRemoveRow(location);
    }

    static String layoutUnsupported(String location, Path file, String detail) {
        return image(location, file) + " has a DICOM pixel layout the plugin does not read (" + detail + "); it reads"
                + " single-frame MONOCHROME1 or MONOCHROME2 images with 8 or 16 bits allocated. Convert it, e.g. to"
                + " a 16-bit grey PNG" + orRemoveRow(location);
    }

    static String badElement(String location, Path file, String element, String found, String expected) {
        return image(location, file) + " has an invalid DICOM " + element + ": found '" + found + "', expected "
                + expected + ". Correct the header" + orRemoveRow(location);
    }
}
