package dev.fairness.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real ChestX-ray14 metadata ({@code Data_Entry_2017_v2020.csv.gz}, 112,120 rows): per image its findings
 * (14 + No Finding), the patient's sex and age and the view position. No images: the benchmark's scores come from
 * a seeded generator, its labels and groups are the real ones.
 */
public final class NihMetadata {
    /** The 14 findings and No Finding, as spelled in the {@code Finding Labels} column. */
    public static final List<String> LABELS = List.of("Atelectasis", "Cardiomegaly", "Consolidation", "Edema",
            "Effusion", "Emphysema", "Fibrosis", "Hernia", "Infiltration", "Mass", "Nodule", "Pleural_Thickening",
            "Pneumonia", "Pneumothorax", "No Finding");

    final int[] findings; // bit l set when LABELS.get(l) is a finding of the row
    final String[] sex;
    final int[] age;
    final String[] view;

    private NihMetadata(int[] findings, String[] sex, int[] age, String[] view) {
        this.findings = findings;
        this.sex = sex;
        this.age = age;
        this.view = view;
    }

    public int size() {
        return findings.length;
    }

    public static NihMetadata read(Path csvGz) {
        List<int[]> rows = new ArrayList<>();
        List<String> sexes = new ArrayList<>();
        List<String> views = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csvGz), 1 << 16), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,"
                    + "Patient Gender,View Position")) {
                throw new IllegalStateException(csvGz + ": unexpected header " + header);
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                int mask = 0;
                for (String finding : f[1].split("\\|")) {
                    int l = LABELS.indexOf(finding);
                    if (l < 0) {
                        throw new IllegalStateException(csvGz + ": unknown finding '" + finding + "' in " + line);
                    }
                    mask |= 1 << l;
                }
                rows.add(new int[] {mask, Integer.parseInt(f[4].trim())});
                sexes.add(f[5].trim().intern());
                views.add(f[6].trim().intern());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        int[] findings = new int[n];
        int[] age = new int[n];
        for (int i = 0; i < n; i++) {
            findings[i] = rows.get(i)[0];
            age[i] = rows.get(i)[1];
        }
        return new NihMetadata(findings, sexes.toArray(String[]::new), age, views.toArray(String[]::new));
    }
}
