package dev.fairness.testing;

import dev.fairness.testing.SyntheticTestSet.Cell;
import dev.fairness.testing.SyntheticTestSet.Sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes every committed generated test set: the sample project's, and the integration tests' under
 * {@code src/it/_data}. Run from the repository root with
 * {@code mvn -pl fairness-maven-plugin test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.fairness.testing.SyntheticTestSets -Dexec.args=.}; {@code CommittedTestSetsTest} checks
 * that the committed files are exactly what this writes.
 */
public final class SyntheticTestSets {
    public static final String SAMPLE = "sample-project/src/test/fairness";
    public static final String PLANTED_GAP = "src/it/_data/planted-gap";
    public static final String MULTILABEL = "src/it/_data/multilabel";
    public static final String SMALL = "src/it/_data/small";
    public static final String DICOM = "src/it/_data/dicom";
    public static final List<String> SETS = List.of(SAMPLE, PLANTED_GAP, MULTILABEL, SMALL, DICOM);

    private SyntheticTestSets() {
    }

    public static void main(String[] args) {
        writeAll(Path.of(args.length > 0 ? args[0] : "."));
    }

    public static void writeAll(Path root) {
        sample(root.resolve(SAMPLE));
        plantedGap(root.resolve(PLANTED_GAP));
        SyntheticTestSet.multiLabel(root.resolve(MULTILABEL), 3, List.of("Effusion", "Atelectasis", "Cardiomegaly"), 160);
        small(root.resolve(SMALL));
        SyntheticDicomSet.write(root.resolve(DICOM), 5);
    }

    /**
     * Fair by construction: TPR .85/.867 by sex and age, FPR .10 everywhere. Women's images carry
     * {@link ScannerGrid}'s lines (which leave {@code model.onnx}'s scores as they are), and the two candidate
     * models of the comparison are written beside the shipped one ({@link SampleCandidates}).
     */
    public static List<Sample> sample(Path dir) {
        List<Sample> samples = SyntheticTestSet.binary(dir, 1, "Effusion", List.of(
                new Cell("F", 20, 59, 30, 26, 30, 3),
                new Cell("F", 60, 90, 30, 25, 30, 3),
                new Cell("M", 20, 59, 30, 26, 30, 3),
                new Cell("M", 60, 90, 30, 26, 30, 3)), "F");
        SampleCandidates.write(dir);
        return samples;
    }

    /** A planted gap: TPR 0.60 for women, 0.90 for men (difference exactly 0.300); FPR 0.10 for both. */
    public static List<Sample> plantedGap(Path dir) {
        List<Sample> samples = SyntheticTestSet.binary(dir, 2, "Effusion", List.of(
                new Cell("F", 20, 90, 50, 30, 50, 5),
                new Cell("M", 20, 90, 50, 45, 50, 5)));
        SyntheticTestSet.writePredictions(dir.resolve("predictions.csv"), List.of("Effusion"), samples);
        exportParity(dir, samples);
        return samples;
    }

    /**
     * Export parity: the manifest with the scores "the training framework" computed ({@code reference_Effusion}, the
     * generator's exact scores), and {@code model-normalised.onnx}, the same function of the image for a model
     * trained on normalised inputs: {@code sigmoid(1.6 z)} of {@code z = (mean - 0.5) / 0.1}, which is
     * {@code sigmoid(16 mean - 8)} again with {@code <mean>0.5</mean><std>0.1</std>}. Without them every score lands
     * in (0.6, 0.8): all above the threshold.
     */
    static void exportParity(Path dir, List<Sample> samples) {
        List<String> lines = lines(dir.resolve("manifest.csv"));
        StringBuilder csv = new StringBuilder(lines.get(0)).append(",reference_Effusion\n");
        for (int i = 0; i < samples.size(); i++) {
            csv.append(lines.get(i + 1)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.8f", samples.get(i).scores()[0])).append('\n');
        }
        SyntheticTestSet.write(dir.resolve("manifest-reference.csv"), csv.toString());
        OnnxModelWriter.write(dir.resolve("model-normalised.onnx"), OnnxModelWriter.meanPoolClassifier(1,
                SyntheticTestSet.SIZE, SyntheticTestSet.SIZE, new float[][] {{1.6f}}, new float[] {0},
                OnnxModelWriter.Activation.SIGMOID, -1));
    }

    /** Twelve samples and one broken variant of the manifest or an image per bad-input integration test. */
    static void small(Path dir) {
        SyntheticTestSet.binary(dir, 4, "Effusion", List.of(
                new Cell("F", 30, 80, 3, 2, 3, 1),
                new Cell("M", 30, 80, 3, 2, 3, 1)));
        List<String> lines = lines(dir.resolve("manifest.csv"));
        variant(dir, "manifest-zero-byte.csv", lines, 3, row -> row.replaceFirst("^[^,]+", "images/zero-byte.png"));
        variant(dir, "manifest-truncated.csv", lines, 3, row -> row.replaceFirst("^[^,]+", "images/truncated.png"));
        variant(dir, "manifest-huge-claim.csv", lines, 3, row -> row.replaceFirst("^[^,]+", "images/huge-claim.png"));
        variant(dir, "manifest-huge-claim-jpeg.csv", lines, 3,
                row -> row.replaceFirst("^[^,]+", "images/huge-claim.jpg"));
        variant(dir, "manifest-missing-image.csv", lines, 3, row -> row.replaceFirst("^[^,]+", "images/does-not-exist.png"));
        variant(dir, "manifest-outside.csv", lines, 2, row -> row.replaceFirst("^[^,]+", "../planted-gap/images/00000.png"));
        variant(dir, "manifest-ragged.csv", lines, 5, row -> row + ",extra");
        variant(dir, "manifest-bad-age.csv", lines, 4, row -> replaceCell(row, 3, "sixty"));
        variant(dir, "manifest-bad-label.csv", lines, 6, row -> replaceCell(row, 4, "maybe"));
        List<String> withoutSex = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            cells.remove(2);
            withoutSex.add(String.join(",", cells));
        }
        SyntheticTestSet.write(dir.resolve("manifest-missing-column.csv"), String.join("\n", withoutSex) + "\n");
        SyntheticTestSet.write(dir.resolve("manifest-bom-crlf.csv"), "\uFEFF" + String.join("\r\n", lines) + "\r\n");
        // a label without positives: the rule on it cannot be evaluated (label-without-positives IT)
        List<String> noPositives = new ArrayList<>(lines.subList(0, 1));
        lines.subList(1, lines.size()).forEach(row -> noPositives.add(replaceCell(row, 4, "0")));
        SyntheticTestSet.write(dir.resolve("manifest-no-positives.csv"), String.join("\n", noPositives) + "\n");
        try {
            Files.write(dir.resolve("images/zero-byte.png"), new byte[0]);
            byte[] png = Files.readAllBytes(dir.resolve("images/00000.png"));
            Files.write(dir.resolve("images/truncated.png"), Arrays.copyOf(png, png.length / 2));
            // headers that claim 1281 MB (PNG, 8192x8192 16-bit RGBA) and 201 MB of raster (JPEG, 65500x1024 RGB)
            HugeClaimImages.writePng(dir.resolve("images/huge-claim.png"), 8192, 8192, 16, HugeClaimImages.RGBA);
            HugeClaimImages.writeJpeg(dir.resolve("images/huge-claim.jpg"), 65500, 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // fixed 3x64x64 input: does not fit the 1x32x32 preprocessing the bad-input IT configures
        float[][] weights = {{1, 1, 1}};
        OnnxModelWriter.write(dir.resolve("model-rgb-64.onnx"), OnnxModelWriter.meanPoolClassifier(3, 64, 64, weights,
                new float[]{0}, OnnxModelWriter.Activation.SIGMOID, -1));
    }

    private interface RowEdit {
        String apply(String row);
    }

    /** The manifest with line {@code lineNumber} (1-based, header = 1) edited. */
    private static void variant(Path dir, String name, List<String> lines, int lineNumber, RowEdit edit) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(lineNumber - 1, edit.apply(copy.get(lineNumber - 1)));
        SyntheticTestSet.write(dir.resolve(name), String.join("\n", copy) + "\n");
    }

    private static String replaceCell(String row, int column, String value) {
        String[] cells = row.split(",", -1);
        cells[column] = value;
        return String.join(",", cells);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
