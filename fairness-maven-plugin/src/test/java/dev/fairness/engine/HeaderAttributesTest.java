package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestSpec;
import dev.fairness.testing.DicomWriter;
import dev.fairness.testing.DicomWriter.Image;
import dev.fairness.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeaderAttributesTest {
    private static final DicomAttributeMap SEX_AND_AGE = DicomAttributeMap.of(sexAndAge());

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private final RecordingLog listLog = new RecordingLog(log);

    private static Map<String, String> sexAndAge() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("sex", "PatientSex");
        map.put("age", "PatientAge");
        return map;
    }

    private Path dicom(String name, String sex, String age) {
        Path file = dir.resolve("images").resolve(name);
        DicomWriter.write(file, Image.of(DicomWriter.EXPLICIT_LITTLE_ENDIAN, 4, 4, 8, 8, false, "MONOCHROME2",
                new int[16]).withPatient(sex, age));
        return file;
    }

    private Manifest read(String csv, List<String> attributes, DicomAttributeMap map) throws IOException {
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), csv);
        return HeaderAttributes.read(ManifestSpec.of(manifest, LabelSpec.binaryColumns(List.of("Effusion")), attributes), map,
                listLog);
    }

    private static List<List<String>> attributes(Manifest manifest) {
        return manifest.rows().stream().map(r -> r.attributes()).toList();
    }

    @Test
    void attributesWithoutAManifestColumnAreReadFromTheHeaders() throws IOException {
        dicom("a.dcm", "F", "061Y");
        dicom("b.dcm", "M", "006M");
        Manifest manifest = read("image,Effusion\nimages/a.dcm,1\nimages/b.dcm,0\n", List.of("sex", "age"),
                SEX_AND_AGE);
        assertEquals(List.of("sex", "age"), manifest.attributeNames());
        assertEquals(List.of(List.of("F", "61"), List.of("M", "0.5")), attributes(manifest));
        assertEquals(List.of("Read sex, age from the DICOM headers of 2 of 2 images (<dicomAttributes>; the manifest's"
                + " value wins where it has one)."), log);
    }

    @Test
    void theManifestWinsAndEveryDisagreementIsReportedWithRowFileAndBothValues() throws IOException {
        Path a = dicom("a.dcm", "F", "061Y");
        dicom("b.dcm", "M", "070Y");
        Path c = dicom("c.dcm", "F", "050Y");
        Manifest manifest = read("image,sex,age,Effusion\nimages/a.dcm,M,61,1\nimages/b.dcm,,70.0,0\n"
                + "images/c.dcm,F,49,1\n", List.of("age", "sex"), SEX_AND_AGE);
        assertEquals(List.of(List.of("61", "M"), List.of("70.0", "M"), List.of("49", "F")), attributes(manifest));
        assertEquals(List.of(
                "WARN manifest.csv, line 2: column 'sex' is 'M' but image " + a + " has PatientSex (0010,0040) 'F'"
                        + " in its DICOM header; the manifest's value is used.",
                "WARN manifest.csv, line 4: column 'age' is '49' but image " + c + " has PatientAge (0010,1010)"
                        + " '050Y' in its DICOM header; the manifest's value is used.",
                "Read age, sex from the DICOM headers of 1 of 3 images (<dicomAttributes>; the manifest's value wins"
                        + " where it has one).",
                "WARN 2 manifest values disagree with the DICOM headers (sex: 1, age: 1). The manifest's values are"
                        + " used; correct whichever is wrong."), log);
    }

    @Test
    void aRowWithNeitherAValueNorADicomHeaderIsInNoGroup() throws IOException {
        dicom("a.dcm", null, "061Y");
        BufferedImage png = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(png, "png", dir.resolve("images/b.png").toFile());
        Manifest manifest = read("image,Effusion\nimages/a.dcm,1\nimages/b.png,0\n", List.of("sex", "age"),
                SEX_AND_AGE);
        assertEquals(List.of(List.of("", "61"), List.of("", "")), attributes(manifest));
    }

    @Test
    void attributesNotMappedStillNeedTheirColumn() throws IOException {
        dicom("a.dcm", "F", "061Y");
        InputException e = assertThrows(InputException.class, () -> read("image,Effusion\nimages/a.dcm,1\n",
                List.of("sex", "site"), SEX_AND_AGE));
        assertEquals("manifest.csv, line 1: column 'site' not found; found columns: 'image', 'Effusion'. Add the"
                + " column to the file or fix <attributes>.", e.getMessage());
    }

    @Test
    void anAgeTheHeaderCannotGiveFailsNamingTheRowTheImageAndTheValue() throws IOException {
        Path a = dicom("a.dcm", "F", "61 years");
        InputException e = assertThrows(InputException.class, () -> read("image,Effusion\nimages/a.dcm,1\n",
                List.of("age"), SEX_AND_AGE));
        assertEquals("manifest.csv, line 2: image " + a + " has PatientAge (0010,1010) '61 years' in its DICOM header,"
                + " expected an age such as 061Y (years), 006M (months), 010W (weeks) or 003D (days). Correct the"
                + " header, or give the value in the manifest's 'age' column.", e.getMessage());
    }

    @Test
    void anUnsupportedKeywordIsAConfigurationError() {
        InputException e = assertThrows(InputException.class,
                () -> DicomAttributeMap.of(Map.of("weight", "PatientWeight")));
        assertEquals("Invalid <dicomAttributes>: <weight>PatientWeight</weight> names no supported DICOM element."
                + " Use PatientSex or PatientAge, e.g. <sex>PatientSex</sex>.", e.getMessage());
    }
}
