package dev.fairness.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A predictions CSV of any size in the plugin's layout, seeded: every row copies a real ChestX-ray14 image's
 * findings (Effusion, Atelectasis, Cardiomegaly), patient sex and age, drawn with replacement from the 112,120
 * rows of the NIH metadata; the scores come from a seeded generator (a logistic of a normal draw, higher for
 * positives and a little lower for women, written with six decimals, as the bootstrap benchmark's generator does).
 * The metadata has no race: {@code race} is drawn from four made-up groups A–D (60/20/15/5 %), so that the job has
 * the four groupings — it measures speed, not a finding about race.
 */
final class NihPredictionsFile {
    static final List<String> LABELS = List.of("Effusion", "Atelectasis", "Cardiomegaly");
    static final String HEADER = "id,true_Effusion,score_Effusion,true_Atelectasis,score_Atelectasis,"
            + "true_Cardiomegaly,score_Cardiomegaly,sex,age,race\n";
    private static final String[] RACES = {"A", "B", "C", "D"};
    private static final double[] RACE_SHARES = {0.60, 0.80, 0.95, 1.0};

    private NihPredictionsFile() {
    }

    static void write(NihMetadata meta, int rows, long seed, Path file) throws IOException {
        int[] labelBits = new int[LABELS.size()];
        for (int l = 0; l < labelBits.length; l++) {
            labelBits[l] = 1 << NihMetadata.LABELS.indexOf(LABELS.get(l));
        }
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                int source = random.nextInt(meta.size());
                boolean female = "F".equals(meta.sex[source]);
                line.setLength(0);
                line.append("img").append(i);
                for (int bit : labelBits) {
                    boolean positive = (meta.findings[source] & bit) != 0;
                    double z = gaussian(random) + (positive ? 1.5 : -1.5) - (female ? 0.2 : 0.0);
                    line.append(',').append(positive ? '1' : '0').append(',');
                    sixDecimals(line, (float) (1 / (1 + Math.exp(-z))));
                }
                double u = random.nextDouble();
                int race = 0;
                while (u >= RACE_SHARES[race]) {
                    race++;
                }
                line.append(',').append(meta.sex[source]).append(',').append(meta.age[source]).append(',')
                        .append(RACES[race]).append('\n');
                for (int c = 0; c < line.length(); c++) {
                    out.write(line.charAt(c));
                }
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    /** A probability as {@code 0.955757}: six decimals, rounded half up. */
    private static void sixDecimals(StringBuilder line, float p) {
        long micro = Math.round(p * 1e6);
        if (micro >= 1_000_000) {
            line.append("1.000000");
            return;
        }
        line.append("0.");
        String digits = Long.toString(micro);
        for (int pad = digits.length(); pad < 6; pad++) {
            line.append('0');
        }
        line.append(digits);
    }
}
