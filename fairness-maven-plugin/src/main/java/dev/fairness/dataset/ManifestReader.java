package dev.fairness.dataset;

import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
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
     *                        a row is ragged or has a bad label, an image path that is empty, leaves the image
     *                        root, is missing or is not a regular file (see {@link ImageRoot}), an empty or
     *                        duplicate id, or a missing reference column or a reference score that is no probability
     */
    public static Manifest read(ManifestSpec spec) {
        return read(spec, true);
    }

    /**
     * The manifest's rows as {@link #read(ManifestSpec)} reads them, with the same checks of every cell, but
     * without looking for the images: an image path must still stay inside the image root as written, while the
     * root and the images need not exist. For a job that judges scores computed elsewhere (a shard merge), which
     * needs the rows' ids, truth and attributes, never the pixels.
     */
    public static Manifest readWithoutImages(ManifestSpec spec) {
        return read(spec, false);
    }

    private static Manifest read(ManifestSpec spec, boolean checkImages) {
        Path file = spec.manifest().toAbsolutePath().normalize();
        requireRegularFile(file);
        ImageRoot root = checkImages ? ImageRoot.of(spec.imageRoot(), file.getParent())
                : ImageRoot.unchecked(spec.imageRoot(), file.getParent());
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
            ReferenceColumnsReader reference = ReferenceColumnsReader.bind(spec.referenceColumns(), csv);

            List<ManifestRow> rows = new ArrayList<>();
            Map<String, Integer> lineOfId = new HashMap<>();
            boolean[] truth = new boolean[spec.labels().labels().size()];
            while (csv.next()) {
                int line = csv.line();
                ImageRoot.Image image = image(csv, name, line, imageColumn, spec.imageColumn(), root, checkImages);
                String id;
                String idColumnName;
                if (idColumn < 0) {
                    id = slashSeparated(image.relative());
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
                rows.add(new ManifestRow(line, id, image.real(), truthList, attributes));
                reference.read(csv, name, line);
            }
            if (rows.isEmpty()) {
                throw new InputException(Messages.manifestWithoutRows(name));
            }
            return new Manifest(file, spec.labels().labels(), spec.attributes(), rows, reference.scores());
        }
    }

    /** A manifest that is not there, a directory or a special file (a FIFO would block the reader) is refused. */
    private static void requireRegularFile(Path file) {
        String kind;
        try {
            kind = FileKind.of(file);
        } catch (NoSuchFileException e) {
            throw new InputException(Messages.manifestNotFound(file));
        } catch (IOException e) {
            throw new InputException(Messages.cannotRead("test set manifest", file, String.valueOf(e.getMessage())), e);
        }
        if (!FileKind.REGULAR.equals(kind)) {
            throw new InputException(Messages.manifestNotAFile(file, kind));
        }
    }

    /** The row's image: see {@link ImageRoot} for what is allowed. */
    private static ImageRoot.Image image(CsvRows csv, String name, int line, int column, String columnName,
                                         ImageRoot root, boolean checkImages) {
        String value = csv.cell(column).trim();
        if (value.isEmpty()) {
            throw new InputException(Messages.emptyImagePath(name, line, columnName));
        }
        return checkImages ? root.resolve(value, name, line, columnName)
                : root.resolveAsWritten(value, name, line, columnName);
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
