package dev.fairness.dataset;

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
        return fileName + ", line " + line;
    }

    static String at(String fileName, int line, String column) {
        return at(fileName, line) + ", column '" + column + "'";
    }

    static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    // ---- CSV structure (manifest and predictions) -------------------------------------------------------------

    static String manifestNotFound(Path file) {
        return "Test set manifest not found: " + file + ". Set <manifest> to an existing CSV file.";
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
        return at(fileName, headerLine) + ": column '" + column + "' not found; found columns: " + quoted(found) + "."
                + (parameter == null ? " Add the column to the file." : " Add the column to the file or fix " + parameter + ".");
    }

    static String duplicateColumn(String fileName, int headerLine, String column, int first, int second) {
        return at(fileName, headerLine) + ": column '" + column + "' appears twice in the header (columns " + first
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
        return at(fileName, line, column) + ": expected 0 or 1 (or true/false, yes/no), found '" + found + "'."
                + " Fix the value or remove the row.";
    }

    static String unknownClass(String fileName, int line, String column, List<String> classes, String found) {
        return at(fileName, line, column) + ": expected one of " + quoted(classes) + ", found '" + found + "'."
                + " Add '" + found + "' to <classes>, fix the value or remove the row.";
    }

    static String unknownFinding(String fileName, int line, String column, String finding, List<String> classes,
                                 String separator, String noneValue) {
        return at(fileName, line, column) + ": unknown finding '" + finding + "' (expected findings from "
                + quoted(classes) + " separated by '" + separator + "', or '" + noneValue + "')."
                + " Add '" + finding + "' to <classes>, fix the value or remove the row.";
    }

    static String badFindingList(String fileName, int line, String column, List<String> classes, String separator,
                                 String noneValue, String found) {
        return at(fileName, line, column) + ": expected findings from " + quoted(classes) + " separated by '"
                + separator + "', or '" + noneValue + "' alone, found '" + found + "'. Fix the value or remove the row.";
    }

    static String emptyImagePath(String fileName, int line, String column) {
        return at(fileName, line, column) + ": the image path is empty."
                + " Fill in the image's path relative to the manifest's folder, or remove the row.";
    }

    static String invalidImagePath(String fileName, int line, String column, String value, String reason) {
        return at(fileName, line, column) + ": '" + value + "' is not a valid file path (" + reason + ")."
                + " Fix the path or remove the row.";
    }

    static String imageOutsideFolder(String fileName, int line, String column, String value, Path folder) {
        return at(fileName, line, column) + ": image path '" + value + "' points outside the manifest's folder "
                + folder + ". Move the image into that folder (or a subfolder) and give its path relative to it.";
    }

    static String imageNotFound(String fileName, int line, String column, Path image) {
        return at(fileName, line, column) + ": image file not found: " + image + "."
                + " Fix the path (relative to the manifest's folder) or remove the row.";
    }

    static String emptyId(String fileName, int line, String column) {
        return at(fileName, line, column) + ": the id is empty. Fill it in or remove the row.";
    }

    static String duplicateId(String fileName, int line, String column, String id, int firstLine) {
        return at(fileName, line, column) + ": duplicate id '" + id + "' (also on line " + firstLine + ")."
                + " Ids must be unique: remove the duplicate row or use a column with unique values as the id.";
    }

    static String duplicatePredictionId(String fileName, int line, String id, int firstLine) {
        return at(fileName, line, PredictionsCsvFormat.ID) + ": duplicate id '" + id + "' (also on line "
                + firstLine + "). Ids must be unique: remove the duplicate row.";
    }

    static String notAProbability(String fileName, int line, String column, String found) {
        return at(fileName, line, column) + ": expected a probability between 0 and 1, found '" + found + "'."
                + " Write probabilities (apply a sigmoid or softmax to logits), or remove the row.";
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
