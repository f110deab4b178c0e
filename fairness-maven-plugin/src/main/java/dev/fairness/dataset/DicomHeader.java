package dev.fairness.dataset;

import java.util.HashMap;
import java.util.Map;

/**
 * The top-level elements of a DICOM file's header as ImageJ's reader lists them ({@code DICOM.getInfo}): one line
 * per element, {@code gggg,eeee  Name: value}. Elements inside sequences (lines starting with {@code >}) are left
 * out, so that e.g. a Patient's Sex inside a referenced-patient sequence is never taken for the patient's own.
 */
public final class DicomHeader {
    public static final String PATIENT_SEX = "0010,0040";
    public static final String PATIENT_AGE = "0010,1010";
    static final String SAMPLES_PER_PIXEL = "0028,0002";
    static final String PHOTOMETRIC = "0028,0004";
    static final String FRAMES = "0028,0008";
    static final String ROWS = "0028,0010";
    static final String COLUMNS = "0028,0011";
    static final String BITS_ALLOCATED = "0028,0100";
    static final String BITS_STORED = "0028,0101";
    static final String HIGH_BIT = "0028,0102";
    static final String PIXEL_REPRESENTATION = "0028,0103";
    static final String RESCALE_INTERCEPT = "0028,1052";
    static final String RESCALE_SLOPE = "0028,1053";
    static final String PIXEL_DATA = "7FE0,0010";

    private final Map<String, String> values;

    private DicomHeader(Map<String, String> values) {
        this.values = values;
    }

    /** Parses ImageJ's header listing; {@code null} or empty text gives an empty header. */
    public static DicomHeader parse(String info) {
        Map<String, String> values = new HashMap<>();
        if (info != null) {
            for (String line : info.split("\n")) {
                // "0010,0040  Patient's Sex: F " — the tag, two spaces, the name, ": ", the value
                if (line.length() < 11 || line.charAt(4) != ',' || line.startsWith(">")) {
                    continue;
                }
                int colon = line.indexOf(": ", 9);
                String value = colon < 0 ? "" : line.substring(colon + 2).trim();
                values.putIfAbsent(line.substring(0, 9).toUpperCase(java.util.Locale.ROOT), value);
            }
        }
        return new DicomHeader(values);
    }

    /** The element's value with padding removed, or {@code null} when the element is absent or empty. */
    public String value(String tag) {
        String value = values.get(tag);
        return value == null || value.isEmpty() ? null : value;
    }

    /** An integer element (US, IS), or {@code fallback} when absent; {@code null} when present but not a number. */
    Integer integer(String tag, int fallback) {
        String value = value(tag);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal element (DS), first value of a multi-valued one, or {@code fallback} when absent. */
    Double decimal(String tag, double fallback) {
        String value = value(tag);
        if (value == null) {
            return fallback;
        }
        int backslash = value.indexOf('\\');
        try {
            return Double.parseDouble((backslash < 0 ? value : value.substring(0, backslash)).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
