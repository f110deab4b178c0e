package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.DicomField;
import dev.fairness.dataset.DicomHeader;
import dev.fairness.dataset.DicomImageDecoder;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestColumns;
import dev.fairness.dataset.ManifestReader;
import dev.fairness.dataset.ManifestRow;
import dev.fairness.dataset.ManifestSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a manifest whose attributes may come from the images' DICOM headers ({@code <dicomAttributes>}). For an
 * attribute mapped to a header element the manifest wins: its cell is used when the column exists and the cell is
 * not empty, the header's value otherwise, and nothing (the row is in no group of that attribute) when neither
 * has one. Where both have a value and they differ, a warning names the row, the image and both values, and the
 * disagreements are counted. Only headers are read (up to the pixel data): no image is decoded here, and scores
 * stored from an earlier build stay valid, since attributes are not part of what is scored.
 */
final class HeaderAttributes {
    /** Per-row disagreement warnings shown before the rest are only counted. */
    static final int WARNING_LINES = 20;

    private HeaderAttributes() {
    }

    static Manifest read(ManifestSpec spec, DicomAttributeMap map, EvaluationLog log) {
        return read(spec, map, log, true);
    }

    /**
     * @param imagesNeeded false when no image is read (a shard merge): then the images need not exist, unless an
     *                     attribute comes from their DICOM headers
     */
    static Manifest read(ManifestSpec spec, DicomAttributeMap map, EvaluationLog log, boolean imagesNeeded) {
        List<String> mapped = spec.attributes().stream().filter(a -> map.fieldOf(a) != null).toList();
        if (mapped.isEmpty()) {
            return imagesNeeded ? ManifestReader.read(spec) : ManifestReader.readWithoutImages(spec);
        }
        Set<String> columns = new HashSet<>(ManifestColumns.of(spec.manifest()));
        List<String> inManifest = spec.attributes().stream()
                .filter(a -> map.fieldOf(a) == null || columns.contains(a)).toList();
        Manifest manifest = ManifestReader.read(new ManifestSpec(spec.manifest(), spec.imageColumn(),
                spec.idColumn(), spec.labels(), inManifest, spec.imageRoot(), spec.referenceColumns()));
        Map<String, Integer> disagreements = new LinkedHashMap<>();
        int fromHeaders = 0;
        List<ManifestRow> rows = new ArrayList<>(manifest.size());
        for (int r = 0; r < manifest.size(); r++) {
            ManifestRow row = manifest.row(r);
            String location = manifest.location(r);
            DicomHeader header = DicomImageDecoder.readHeader(row.image(), location);
            List<String> values = new ArrayList<>(spec.attributes().size());
            boolean usedHeader = false;
            for (String attribute : spec.attributes()) {
                int column = inManifest.indexOf(attribute);
                String cell = column < 0 ? "" : row.attributes().get(column);
                DicomField field = map.fieldOf(attribute);
                if (field == null || header == null || field.raw(header) == null) {
                    values.add(cell);
                } else if (!cell.trim().isEmpty()) {
                    String headerValue = field.raw(header);
                    if (!agree(field, cell.trim(), header)) {
                        disagreements.merge(attribute, 1, Integer::sum);
                        if (total(disagreements) <= WARNING_LINES) {
                            log.warn(location + ": column '" + attribute + "' is '" + cell.trim() + "' but image "
                                    + row.image() + " has " + field.label()
                                    + " '" + headerValue + "' in its DICOM header; the manifest's value is used.");
                        }
                    }
                    values.add(cell);
                } else {
                    values.add(headerValue(field, header, attribute, location, row));
                    usedHeader = true;
                }
            }
            fromHeaders += usedHeader ? 1 : 0;
            rows.add(new ManifestRow(row.line(), row.id(), row.image(), row.truth(), values));
        }
        log.info("Read " + String.join(", ", mapped) + " from the DICOM headers of " + fromHeaders + " of "
                + manifest.size() + " images (<dicomAttributes>; the manifest's value wins where it has one).");
        if (!disagreements.isEmpty()) {
            int total = total(disagreements);
            List<String> perAttribute = new ArrayList<>();
            disagreements.forEach((attribute, count) -> perAttribute.add(attribute + ": " + count));
            log.warn(total + " manifest value" + (total == 1 ? "" : "s") + " disagree" + (total == 1 ? "s" : "")
                    + " with the DICOM headers (" + String.join(", ", perAttribute) + ")"
                    + (total > WARNING_LINES ? "; the first " + WARNING_LINES + " are listed above" : "")
                    + ". The manifest's values are used; correct whichever is wrong.");
        }
        return new Manifest(manifest.file(), manifest.labels(), spec.attributes(), rows, manifest.reference());
    }

    /** Sex compared as text; age as numbers, to the 4 decimals of the header's value in years. */
    private static boolean agree(DicomField field, String cell, DicomHeader header) {
        String value;
        try {
            value = field.attributeValue(header);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (field == DicomField.PATIENT_SEX) {
            return cell.equals(value);
        }
        try {
            return Math.abs(Double.parseDouble(cell) - Double.parseDouble(value)) < 0.00005;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String headerValue(DicomField field, DicomHeader header, String attribute, String location,
                                      ManifestRow row) {
        try {
            return field.attributeValue(header);
        } catch (IllegalArgumentException e) {
            throw new InputException(location + ": image " + row.image() + " has " + field.label() + " '"
                    + field.raw(header) + "' in its DICOM header, expected an age such as 061Y (years), 006M"
                    + " (months), 010W (weeks) or 003D (days). Correct the header, or give the value in the"
                    + " manifest's '" + attribute + "' column.");
        }
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
