package dev.fairness.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The column names of a manifest's header, to decide which attributes it carries before it is read. */
public final class ManifestColumns {
    private ManifestColumns() {
    }

    /**
     * @return the header's column names; empty when the file is missing or empty (reading it reports that)
     */
    public static List<String> of(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        try (CsvRows csv = CsvRows.open(manifest, "test set manifest")) {
            return csv.header() == null ? List.of() : List.copyOf(csv.header());
        }
    }
}
