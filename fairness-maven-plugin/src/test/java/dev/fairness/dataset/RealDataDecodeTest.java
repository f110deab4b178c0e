package dev.fairness.dataset;

import dev.fairness.testing.SharedData;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.inference.Layout;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real image of the shared data decodes to plausible pixels: the many kinds there (colour and grey JPEG,
 * RGB, RGBA, grey and 16-bit RGBA PNG, a PNG named .jpg) are what users' test sets look like.
 */
class RealDataDecodeTest {
    private static final List<String> NIH_FINDINGS = List.of("Atelectasis", "Cardiomegaly", "Effusion",
            "Infiltration", "Mass", "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema",
            "Fibrosis", "Pleural_Thickening", "Hernia");

    private static final Preprocessor CLIP_LIKE = new Preprocessor(new Preprocessing(224, 224,
            ResizeMode.SHORTER_SIDE_CROP, ChannelMode.RGB, List.of(0.4815, 0.4578, 0.4082),
            List.of(0.2686, 0.2613, 0.2758), Layout.NCHW));

    @Test
    void decodesEveryCovidCxrImageAtItsManifestSize() throws IOException {
        Path folder = SharedData.folder("covid-cxr");
        Path manifestFile = folder.resolve("manifest.csv");
        ManifestSpec spec = ManifestSpec.of(manifestFile,
                LabelSpec.multiClass("finding", distinctValues(manifestFile, "finding")),
                List.of("sex", "age", "width", "height"));

        Manifest manifest = ManifestReader.read(spec);
        assertEquals(414, manifest.size());

        decodeAll(manifest, "covid-cxr", true);
    }

    @Test
    void decodesEveryNihSampleImage() {
        Path folder = SharedData.folder("nih-sample");
        ManifestSpec spec = ManifestSpec.of(folder.resolve("manifest.csv"),
                LabelSpec.findingList("finding_labels", "|", NIH_FINDINGS), List.of("sex", "age"));

        Manifest manifest = ManifestReader.read(spec);
        assertEquals(50, manifest.size());

        decodeAll(manifest, "nih-sample", false);
    }

    private static void decodeAll(Manifest manifest, String name, boolean sizesInManifest) {
        FloatBuffer batch = ByteBuffer.allocateDirect(CLIP_LIKE.sampleSize() * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        long decodeNanos = 0;
        long preprocessNanos = 0;
        for (int i = 0; i < manifest.size(); i++) {
            ManifestRow row = manifest.row(i);
            String where = manifest.location(i) + " (" + row.image().getFileName() + ")";
            long start = System.nanoTime();
            FloatImage image = ImageDecoder.decode(row.image(), manifest.location(i));
            long decoded = System.nanoTime();
            CLIP_LIKE.write(image, batch, 0);
            preprocessNanos += System.nanoTime() - decoded;
            decodeNanos += decoded - start;

            assertTrue(image.channels() == 1 || image.channels() == 3, where);
            if (sizesInManifest) {
                assertEquals(row.attributes().get(2), Integer.toString(image.width()), where + " width");
                assertEquals(row.attributes().get(3), Integer.toString(image.height()), where + " height");
            }
            double sum = 0;
            double sumSquares = 0;
            for (float v : image.data()) {
                assertTrue(v >= 0f && v <= 1f, where);
                sum += v;
                sumSquares += (double) v * v;
            }
            double mean = sum / image.data().length;
            double variance = sumSquares / image.data().length - mean * mean;
            assertTrue(mean > 0.02 && mean < 0.98, where + ": mean " + mean);
            assertTrue(variance > 1e-6, where + ": standard deviation " + Math.sqrt(Math.max(variance, 0)));
            float first = batch.get(0);
            assertTrue(Float.isFinite(first), where);
        }
        System.out.printf("%s: decoded %d images in %d ms, preprocessed to 3x224x224 in %d ms%n", name,
                manifest.size(), decodeNanos / 1_000_000, preprocessNanos / 1_000_000);
    }

    private static List<String> distinctValues(Path csv, String column) throws IOException {
        Set<String> values = new LinkedHashSet<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            while (rows.hasNext()) {
                values.add(rows.next().get(column).trim());
            }
        }
        return new ArrayList<>(values);
    }
}
