package dev.fairness.dataset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.fairness.dataset.Errors.assertInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The manifest's reference score columns (export parity), read in the manifest's one pass. */
class ReferenceColumnsTest {
    private static final LabelSpec TWO = LabelSpec.binaryColumns(List.of("Effusion", "Edema"));

    @TempDir
    Path dir;
    Path manifest;

    @BeforeEach
    void images() throws IOException {
        manifest = dir.resolve("manifest.csv");
        Files.createDirectories(dir.resolve("images"));
        for (String name : List.of("a.png", "b.png", "c.png")) {
            Files.write(dir.resolve("images").resolve(name), new byte[] {1});
        }
    }

    private Manifest read(String content, List<String> referenceColumns) throws IOException {
        Files.write(manifest, content.getBytes(StandardCharsets.UTF_8));
        return ManifestReader.read(new ManifestSpec(manifest, null, null, TWO, List.of("sex"), null,
                referenceColumns));
    }

    @Test
    void oneColumnPerLabelIsReadInLabelAndRowOrder() throws IOException {
        Manifest m = read("image,Effusion,Edema,sex,ref_Edema,ref_Effusion\n"
                + "images/a.png,1,0,F,0.25,0.875\n"
                + "images/b.png,0,1,M, 1 ,0\n"
                + "images/c.png,0,0,M,1e-3,.5\n", List.of("ref_Effusion", "ref_Edema"));

        assertEquals(List.of("ref_Effusion", "ref_Edema"), m.reference().columns());
        assertArrayEquals(new double[] {0.875, 0, 0.5}, m.reference().values()[0]);
        assertArrayEquals(new double[] {0.25, 1, 0.001}, m.reference().values()[1]);
    }

    @Test
    void noReferenceColumnsReadsNone() throws IOException {
        assertNull(read("image,Effusion,Edema,sex\nimages/a.png,1,0,F\n", List.of()).reference());
    }

    @Test
    void aMissingReferenceColumnNamesTheParameter() {
        assertInputError("manifest.csv, line 1: column 'ref_Edema' not found; found columns: 'image', 'Effusion', "
                + "'Edema', 'sex', 'ref_Effusion'. Add the column to the file or fix <referenceColumnPrefix>.",
                () -> read("image,Effusion,Edema,sex,ref_Effusion\nimages/a.png,1,0,F,0.5\n",
                        List.of("ref_Effusion", "ref_Edema")));
    }

    @Test
    void aCellThatIsNotANumberNamesFileLineAndColumn() {
        assertInputError("manifest.csv, line 3, column 'ref_Edema': expected the score the training framework "
                + "computed for this image, a number between 0 and 1, found 'n/a'. Write the model's probability as "
                + "the plugin scores it (after the sigmoid or softmax), or remove the row.",
                () -> read("image,Effusion,Edema,sex,ref_Effusion,ref_Edema\n"
                        + "images/a.png,1,0,F,0.5,0.5\n"
                        + "images/b.png,1,0,F,0.5,n/a\n", List.of("ref_Effusion", "ref_Edema")));
    }

    @Test
    void aLogitIsNotAReferenceScore() {
        assertInputError("manifest.csv, line 2, column 'ref_Effusion': expected the score the training framework "
                + "computed for this image, a number between 0 and 1, found '-2.3'. Write the model's probability as "
                + "the plugin scores it (after the sigmoid or softmax), or remove the row.",
                () -> read("image,Effusion,Edema,sex,ref_Effusion,ref_Edema\nimages/a.png,1,0,F,-2.3,0.5\n",
                        List.of("ref_Effusion", "ref_Edema")));
    }

    @Test
    void anEmptyCellAndNaNAreRefused() {
        assertInputError("manifest.csv, line 2, column 'ref_Edema': expected the score the training framework "
                + "computed for this image, a number between 0 and 1, found ''. Write the model's probability as "
                + "the plugin scores it (after the sigmoid or softmax), or remove the row.",
                () -> read("image,Effusion,Edema,sex,ref_Effusion,ref_Edema\nimages/a.png,1,0,F,0.5,\n",
                        List.of("ref_Effusion", "ref_Edema")));
        assertInputError("manifest.csv, line 2, column 'ref_Effusion': expected the score the training framework "
                + "computed for this image, a number between 0 and 1, found 'NaN'. Write the model's probability as "
                + "the plugin scores it (after the sigmoid or softmax), or remove the row.",
                () -> read("image,Effusion,Edema,sex,ref_Effusion,ref_Edema\nimages/a.png,1,0,F,NaN,0.5\n",
                        List.of("ref_Effusion", "ref_Edema")));
    }
}
