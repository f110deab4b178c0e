package dev.fairness.dataset;

import dev.fairness.InputException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a test set manifest in one pass, failing on the first problem with a message that names
 * the file, line and column and says what to do. Validation happens here, before any image is decoded or any
 * model is loaded, so that a bad row costs the user seconds, not a whole inference run.
 */
public final class ManifestReader {
    private ManifestReader() {
    }

    /**
     * @throws InputException if the manifest is missing, empty or has no rows, a configured column is missing,
     *                        a row is ragged or has a bad label, an empty, escaping or missing image path, or an
     *                        empty or duplicate id
     */
    public static Manifest read(ManifestSpec spec) {
        Path file = spec.manifest().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new InputException(Messages.manifestNotFound(file));
        }
        Path folder = file.getParent();
        try (CsvRows csv = CsvRows.open(file, "test set manifest")) {
            String name = csv.fileName();
            if (csv.header() == null) {
                throw new InputException(Messages.manifestEmpty(name));
            }
            int imageColumn = csv.column(spec.imageColumn(), "<imageColumn>");
            int idColumn = spec.idColumn() == null ? -1 : csv.column(spec.idColumn(), "<idColumn>");
            LabelParser labels = LabelParser.bind(spec.labels(), csv);
            int[] attributeColumns = new int[spec.attributes().size()];
            for (int a = 0; a < attributeColumns.length; a++) {
                attributeColumns[a] = csv.column(spec.attributes().get(a), "<attributes>");
            }

            List<ManifestRow> rows = new ArrayList<>();
            Map<String, Integer> lineOfId = new HashMap<>();
            boolean[] truth = new boolean[spec.labels().labels().size()];
            while (csv.next()) {
                int line = csv.line();
                Path image = image(csv, name, line, imageColumn, spec.imageColumn(), folder);
                String id;
                String idColumnName;
                if (idColumn < 0) {
                    id = slashSeparated(folder.relativize(image));
                    idColumnName = spec.imageColumn();
                } else {
                    id = csv.cell(idColumn).trim();
                    idColumnName = spec.idColumn();
                    if (id.isEmpty()) {
                        throw new InputException(Messages.emptyId(name, line, idColumnName));
                    }
                }
                Integer firstLine = lineOfId.putIfAbsent(id, line);
                if (firstLine != null) {
                    throw new InputException(Messages.duplicateId(name, line, idColumnName, id, firstLine));
                }
                labels.parse(csv, truth);
                List<Boolean> truthList = new ArrayList<>(truth.length);
                for (boolean t : truth) {
                    truthList.add(t);
                }
                List<String> attributes = new ArrayList<>(attributeColumns.length);
                for (int column : attributeColumns) {
                    attributes.add(csv.cell(column));
                }
                rows.add(new ManifestRow(line, id, image, truthList, attributes));
            }
            if (rows.isEmpty()) {
                throw new InputException(Messages.manifestWithoutRows(name));
            }
            return new Manifest(file, spec.labels().labels(), spec.attributes(), rows);
        }
    }

    /** The row's image: inside the manifest's folder (after normalisation) and existing. */
    private static Path image(CsvRows csv, String name, int line, int column, String columnName, Path folder) {
        String value = csv.cell(column).trim();
        if (value.isEmpty()) {
            throw new InputException(Messages.emptyImagePath(name, line, columnName));
        }
        Path image;
        try {
            image = folder.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(Messages.invalidImagePath(name, line, columnName, value, e.getReason()), e);
        }
        if (!image.startsWith(folder)) {
            throw new InputException(Messages.imageOutsideFolder(name, line, columnName, value, folder));
        }
        if (!Files.isRegularFile(image)) {
            throw new InputException(Messages.imageNotFound(name, line, columnName, image));
        }
        return image;
    }

    private static String slashSeparated(Path relative) {
        StringBuilder id = new StringBuilder();
        for (Path part : relative) {
            if (id.length() > 0) {
                id.append('/');
            }
            id.append(part);
        }
        return id.toString();
    }
}
