package dev.fairness.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A DICOM header element that can stand in for a manifest attribute column, with how its value becomes the
 * attribute's: Patient's Sex as written ({@code M}, {@code F}, {@code O}), Patient's Age as years
 * ({@link PatientAge}).
 */
public enum DicomField {
    PATIENT_SEX("PatientSex", DicomHeader.PATIENT_SEX),
    PATIENT_AGE("PatientAge", DicomHeader.PATIENT_AGE);

    private final String keyword;
    private final String tag;

    DicomField(String keyword, String tag) {
        this.keyword = keyword;
        this.tag = tag;
    }

    /** The DICOM keyword, e.g. {@code PatientSex}. */
    public String keyword() {
        return keyword;
    }

    /** The keyword and tag for messages, e.g. {@code PatientSex (0010,0040)}. */
    public String label() {
        return keyword + " (" + tag + ")";
    }

    /** The keyword as configured (case-insensitive), or {@code null} when it is not one of these. */
    public static DicomField byKeyword(String keyword) {
        for (DicomField field : values()) {
            if (field.keyword.equalsIgnoreCase(keyword == null ? "" : keyword.trim())) {
                return field;
            }
        }
        return null;
    }

    public static String keywords() {
        return Arrays.stream(values()).map(DicomField::keyword).collect(Collectors.joining(" or "));
    }

    /** The element's value as it is in the header (padding removed), or {@code null} when absent or empty. */
    public String raw(DicomHeader header) {
        return header.value(tag);
    }

    /**
     * The attribute value of the element: sex as written (upper case), age in years; {@code null} when absent.
     *
     * @throws IllegalArgumentException when the age is not a DICOM age string such as {@code 061Y}
     */
    public String attributeValue(DicomHeader header) {
        String raw = raw(header);
        if (raw == null) {
            return null;
        }
        if (this == PATIENT_SEX) {
            return raw.toUpperCase(Locale.ROOT);
        }
        String years = PatientAge.years(raw);
        if (years == null) {
            throw new IllegalArgumentException(raw);
        }
        return years;
    }
}
