package dev.fairness.dataset;

import dev.fairness.InputException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which attributes may be read from the images' DICOM headers ({@code <dicomAttributes>}): attribute name →
 * header element, e.g. {@code sex → PatientSex}. An attribute listed here is taken from the manifest's column
 * when the column exists and the row's cell is not empty, and from the header otherwise.
 *
 * @param fields attribute name → element, in configured order
 */
public record DicomAttributeMap(Map<String, DicomField> fields) {
    public static final DicomAttributeMap NONE = new DicomAttributeMap(Map.of());

    public DicomAttributeMap {
        fields = Map.copyOf(fields);
    }

    /**
     * @param configured attribute → DICOM keyword, as written in the POM; {@code null} for none
     * @throws InputException for a keyword that is not supported
     */
    public static DicomAttributeMap of(Map<String, String> configured) {
        if (configured == null || configured.isEmpty()) {
            return NONE;
        }
        Map<String, DicomField> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : configured.entrySet()) {
            DicomField field = DicomField.byKeyword(entry.getValue());
            if (field == null) {
                throw new InputException(Messages.badConfiguration("<dicomAttributes>", "<" + entry.getKey() + ">"
                        + entry.getValue() + "</" + entry.getKey() + "> names no supported DICOM element",
                        "Use " + DicomField.keywords() + ", e.g. <sex>PatientSex</sex>."));
            }
            fields.put(entry.getKey().trim(), field);
        }
        return new DicomAttributeMap(fields);
    }

    /** The element an attribute is read from, or {@code null} when it comes from the manifest only. */
    public DicomField fieldOf(String attribute) {
        return fields.get(attribute);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
