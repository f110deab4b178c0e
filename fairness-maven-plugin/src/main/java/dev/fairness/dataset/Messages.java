package dev.fairness.dataset;

import dev.fairness.LogText;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every user-facing message of this package, in one place, so that the wording stays consistent (file, line,
 * column, what was expected, what was found, what to do) and tests can assert it exactly.
 * Row-level messages name the file by its name ({@code manifest.csv, line 7, column 'sex'}); messages about a
 * whole file name its full path.
 */
final class Messages {
    private Messages() {
    }

    // ---- locations -------------------------------------------------------------------------------------------

    static String at(String fileName, int line) {
        return cell(fileName) + ", line " + line;
    }

    static String at(String fileName, int line, String column) {
        return at(fileName, line) + ", column '" + cell(column) + "'";
    }

    static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + cell(v) + "'").collect(Collectors.joining(", "));
    }

    /** A value from a file (a cell, a path) as it may appear in a message: control characters made visible. */
    static String cell(Object value) {
        return LogText.escape(String.valueOf(value));
    }

    // ---- CSV structure (manifest and predictions) -------------------------------------------------------------

    static String manifestNotFound(Path file) {
        return "Test set manifest not found: " + file + ". Set <manifest> to an existing CSV file.";
    }

    static String manifestNotAFile(Path file, String kind) {
        if ("a directory".equals(kind)) {
            return "Test set manifest " + cell(file) + " is a directory, not a CSV file. Set <manifest> to the CSV"
                    + " file that lists the images (e.g. " + cell(file.resolve("manifest.csv")) + ").";
        }
        return "Test set manifest " + cell(file) + " is " + kind + ", not a regular file. Set <manifest> to a CSV"
                + " file.";
    }

    static String imageRootNotFound(Path root) {
        return "Image root not found: " + cell(root) + ". Set <imageRoot> to the existing folder the manifest's"
                + " image paths are relative to, or leave it out to use the manifest's folder.";
    }

    static String imageRootNotADirectory(Path root, String kind) {
        return "Image root " + cell(root) + " is " + kind + ", not a directory. Set <imageRoot> to the folder the"
                + " manifest's image paths are relative to, or leave it out to use the manifest's folder.";
    }

    static String manifestEmpty(String fileName) {
        return fileName + " is empty: expected a header line with the column names, then one row per image."
                + " Add them, or set <manifest> to another file.";
    }

    static String manifestWithoutRows(String fileName) {
        return fileName + " has a header but no rows: expected one row per image."
                + " Add rows, or set <manifest> to another file.";
    }

    static String predictionsNotFound(Path file) {
        return "Predictions file not found: " + file + ". Set <predictions> to an existing CSV file.";
    }

    static String predictionsIsADirectory(Path file) {
        return "Predictions file " + cell(file) + " is a directory, not a CSV file. Set <predictions> to the CSV file"
                + " (e.g. " + cell(file.resolve("predictions.csv")) + ").";
    }

    static String predictionsEmpty(String fileName) {
        return fileName + " is empty: expected a header line (id, true_<label>, score_<label>, attributes),"
                + " then one row per sample. Write the header and rows, or set <predictions> to another file.";
    }

    static String predictionsWithoutRows(String fileName) {
        return fileName + " has a header but no rows: expected one row per sample."
                + " Add rows, or set <predictions> to another file.";
    }

    static String cannotRead(String what, Path file, String reason) {
        return "Cannot read " + what + " " + file + ": " + reason + ". Check that the file exists and is readable.";
    }

    static String missingColumn(String fileName, int headerLine, String column, String parameter,
                                List<String> found) {
        return at(fileName, headerLine) + ": column '" + cell(column) + "' not found; found columns: " + quoted(found) + "."
                + (parameter == null ? " Add the column to the file." : " Add the column to the file or fix " + parameter + ".");
    }

    static String duplicateColumn(String fileName, int headerLine, String column, int first, int second) {
        return at(fileName, headerLine) + ": column '" + cell(column) + "' appears twice in the header (columns " + first
                + " and " + second + "). Rename or remove one of them.";
    }

    static String raggedRow(String fileName, int line, int expected, int found) {
        return at(fileName, line) + ": expected " + expected + " cells (one per header column), found " + found
                + ". Quote cells that contain commas, or fix the row.";
    }

    static String invalidCsv(String fileName, int line, String reason) {
        return at(fileName, line) + ": not valid CSV (" + reason + "). Fix the file: save it as UTF-8 and quote"
                + " cells that contain commas, quotes or line breaks (a quote inside a quoted cell is written \"\").";
    }

    static String notUtf8(String fileName, int line) {
        return at(fileName, line) + ": the text is not UTF-8 encoded. Save the file as UTF-8"
                + " (in Excel: \"CSV UTF-8\").";
    }

    // ---- cell values -----------------------------------------------------------------------------------------

    static String notZeroOrOne(String fileName, int line, String column, String found) {
        return at(fileName, line, column) + ": expected 0 or 1 (or true/false, yes/no), found '" + cell(found) + "'."
                + " Fix the value or remove the row.";
    }

    static String unknownClass(String fileName, int line, String column, List<String> classes, String found) {
        return at(fileName, line, column) + ": expected one of " + quoted(classes) + ", found '" + cell(found) + "'."
                + " Add '" + cell(found) + "' to <classes>, fix the value or remove the row.";
    }

    static String unknownFinding(String fileName, int line, String column, String finding, List<String> classes,
                                 String separator, String noneValue) {
        return at(fileName, line, column) + ": unknown finding '" + cell(finding) + "' (expected findings from "
                + quoted(classes) + " separated by '" + separator + "', or '" + noneValue + "')."
                + " Add '" + cell(finding) + "' to <classes>, fix the value or remove the row.";
    }

    static String badFindingList(String fileName, int line, String column, List<String> classes, String separator,
                                 String noneValue, String found) {
        return at(fileName, line, column) + ": expected findings from " + quoted(classes) + " separated by '"
                + separator + "', or '" + noneValue + "' alone, found '" + cell(found) + "'. Fix the value or remove the row.";
    }

    static String emptyImagePath(String fileName, int line, String column) {
        return at(fileName, line, column) + ": the image path is empty."
                + " Fill in the image's path relative to the image root (<imageRoot>, by default the manifest's"
                + " folder), or remove the row.";
    }

    static String invalidImagePath(String fileName, int line, String column, String value, String reason) {
        return at(fileName, line, column) + ": '" + cell(value) + "' is not a valid file path (" + cell(reason) + ")."
                + " Fix the path or remove the row.";
    }

    static String imageOutsideRoot(String fileName, int line, String column, String value, Path resolved,
                                   Path root) {
        return at(fileName, line, column) + ": image path '" + cell(value) + "' resolves to " + cell(resolved)
                + ", outside the image root " + cell(root) + " (symbolic links are followed). Move the image into"
                + " the image root (or a subfolder), or set <imageRoot> to a folder that contains it.";
    }

    static String imageNotFound(String fileName, int line, String column, Path image, Path root) {
        return at(fileName, line, column) + ": image file not found: " + cell(image) + "."
                + " Fix the path (relative to the image root " + cell(root) + ") or remove the row.";
    }

    static String imageLinkDangling(String fileName, int line, String column, Path image, String target,
                                    Path root) {
        return at(fileName, line, column) + ": image file not found: " + cell(image) + " is a symbolic link to "
                + cell(target) + ", which does not exist. Fix the link or the path (relative to the image root "
                + cell(root) + "), or remove the row.";
    }

    static String imageLinkLoop(String fileName, int line, String column, String value, Path image) {
        return at(fileName, line, column) + ": image path '" + cell(value) + "' is a symbolic link loop (" + cell(image)
                + " leads back to itself, directly or through other links). Fix the link or remove the row.";
    }

    static String imageNotAFile(String fileName, int line, String column, String value, Path real, String kind) {
        String what = "a directory".equals(kind) ? "a directory" : kind + ", not a regular file";
        return at(fileName, line, column) + ": image path '" + cell(value) + "' is " + what + " (" + cell(real)
                + "); expected an image file. Give the path of a PNG or JPEG file, or remove the row.";
    }

    static String emptyId(String fileName, int line, String column) {
        return at(fileName, line, column) + ": the id is empty. Fill it in or remove the row.";
    }

    static String duplicateId(String fileName, int line, String column, String id, int firstLine) {
        return at(fileName, line, column) + ": duplicate id '" + cell(id) + "' (also on line " + firstLine + ")."
                + " Ids must be unique: remove the duplicate row or use a column with unique values as the id.";
    }

    static String duplicatePredictionId(String fileName, int line, String id, int firstLine) {
        return at(fileName, line, PredictionsCsvFormat.ID) + ": duplicate id '" + cell(id) + "' (also on line "
                + firstLine + "). Ids must be unique: remove the duplicate row.";
    }

    static String notAProbability(String fileName, int line, String column, String found) {
        return at(fileName, line, column) + ": expected a probability between 0 and 1, found '" + cell(found) + "'."
                + " Write probabilities (apply a sigmoid or softmax to logits), or remove the row.";
    }

    static String notAReferenceScore(String fileName, int line, String column, String found) {
        return at(fileName, line, column) + ": expected the score the training framework computed for this image, a"
                + " number between 0 and 1, found '" + cell(found) + "'. Write the model's probability as the plugin"
                + " scores it (after the sigmoid or softmax), or remove the row.";
    }

    // ---- images ----------------------------------------------------------------------------------------------

    private static String image(String location, Path file) {
        return location == null ? "Image " + file : location + ": image " + file;
    }

    private static String orRemoveRow(String location) {
        return location == null ? "." : ", or remove the row.";
    }

    static String imageEmpty(String location, Path file) {
        return image(location, file) + " is empty (0 bytes). Replace it with a valid PNG or JPEG file"
                + orRemoveRow(location);
    }

    static String imageUnreadable(String location, Path file, String reason) {
        return image(location, file) + " cannot be read: " + reason + ". Check that the file exists and is readable"
                + orRemoveRow(location);
    }

    static String imageFormatUnsupported(String location, Path file, String detected) {
        return image(location, file) + " is not in a supported format (" + detected + "; supported: PNG, JPEG,"
                + " BMP, GIF, TIFF, DICOM). Convert it to PNG or JPEG" + orRemoveRow(location);
    }

    static String imageCorrupt(String location, Path file, String format) {
        return image(location, file) + " cannot be decoded: the " + format + " data is truncated or corrupt."
                + " Replace it with a valid file" + orRemoveRow(location);
    }

    static String imageTooLarge(String location, Path file, int width, int height, long limit) {
        return image(location, file) + " is " + width + "x" + height + " pixels, more than the limit of " + limit
                + " pixels. Downscale it" + orRemoveRow(location);
    }

    static String imageColourUnsupported(String location, Path file, String description) {
        return image(location, file) + " has an unsupported colour layout (" + description + ")."
                + " Convert it to a grey or RGB PNG or JPEG" + orRemoveRow(location);
    }

    // ---- configuration ---------------------------------------------------------------------------------------

    static String badConfiguration(String parameter, String problem, String todo) {
        return "Invalid " + parameter + ": " + problem + ". " + todo;
    }
}
