package dev.fairness.report;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.ImageInput;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.inference.Device;
import dev.fairness.metrics.GapMethod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone report in a real browser (Debian's headless {@code chromium}): the sample project's (a fair
 * model, every rule met), the failing gate's (a planted TPR gap) and the one with hostile names. Each is rendered
 * by the real engine from the committed test sets, opened from a file, read back as the DOM Chromium built, and
 * photographed; the screenshots stay in {@code target/screenshots/} to look at.
 */
class ReportInChromiumIT {
    private static final Path OUT = Path.of(System.getProperty("fairness.screenshots", "target/screenshots"));
    private static final Map<String, AttributeSpec> AGE_BINS = Map.of("age", new AttributeSpec("age", List.of(0.0, 60.0)));
    /** The verdict banner's backgrounds in report.css. */
    private static final int PASSED_BACKGROUND = 0xE6F1F8;
    private static final int FAILED_BACKGROUND = 0xFBECE3;
    /** The first group's colour (Okabe–Ito blue): its bars and curves. */
    private static final int FIRST_GROUP = 0x0072B2;

    private final Chromium chromium = Chromium.find();

    @Test
    void theSampleProjectsReportRendersWithItsPassingVerdictTablesAndCharts() throws Exception {
        Path data = Path.of(System.getProperty("fairness.sampleData", "../sample-project/src/test/fairness"));
        EvaluationResult result = evaluate(data, List.of("sex", "age"), List.of("sex×age"), List.of(
                rule("auc", "sex", 0.05), rule("tpr", "age", 0.10), rule("equalizedOdds", "sex", 0.10)));
        Document dom = open("sample", new ReportSource(result, "sample-project"), PASSED_BACKGROUND);

        Element banner = dom.getElementById("fr-verdict");
        assertEquals("✓ All fairness checks met", banner.selectFirst(".fr-verdict-title").text());
        assertEquals("3 of 3 rules met, 0 violated, 0 undetermined.", banner.selectFirst(".fr-verdict-counts").text());
        assertEquals(3, dom.select("#fr-rules tbody tr.fr-rule-passed").size());
        assertEquals(List.of("Metric", "F", "M", "all samples"), dom.select("table.fr-groups").get(0).select("thead th").eachText());
        assertEquals(3, dom.select("table.fr-groups").size(), "sex, age and sex×age");
        assertEquals(9, dom.select("section.fr-grouping figure svg").size(), "bars, ROC and reliability per grouping");
        assertEquals("1x32x32 (NCHW)", dom.getElementById("fr-model").select("dd").get(2).text().replaceAll(".*: (.*), batch.*", "$1"));
    }

    @Test
    void theFailingGatesReportRendersWithTheViolationFirst() throws Exception {
        Path data = Path.of(System.getProperty("fairness.itData", "../src/it/_data")).resolve("planted-gap");
        EvaluationResult result = evaluate(data, List.of("sex", "age"), List.of(), List.of(rule("tpr", "sex", 0.10)));
        Document dom = open("gate-fails", new ReportSource(result, "gate-fails-planted-gap"), FAILED_BACKGROUND);

        Element banner = dom.getElementById("fr-verdict");
        assertEquals("✗ Fairness checks not met", banner.selectFirst(".fr-verdict-title").text());
        assertEquals(List.of("TPR difference by sex for Effusion is 0.300; the limit is ≤ 0.100."),
                banner.select("li").eachText());
        assertEquals(List.of("1", "TPR difference", "Effusion", "sex", "0.300", "≤ 0.100 gateOn point: decided on the value", "✗ Violated", "M 0.900 vs F 0.600",
                "none onMissing: warn"), dom.selectFirst("#fr-rules tbody tr").select("td").eachText());
        assertEquals(6, dom.select("section.fr-grouping figure svg").size());
        // the limit line of the TPR bars: highest 0.900 - 0.100 = 0.800
        assertEquals("rule 1 (TPR difference ≤ 0.100): highest TPR − 0.100 = 0.800",
                dom.selectFirst("figure.fr-figure details tbody tr").children().last().text());
    }

    /**
     * What a reviewer found reading a real report, measured in the browser's layout by a script added to a copy of
     * the page: no legend runs past its chart's edge (the ROC entry of a group without a curve is long), a wide
     * intersection table keeps its "all samples" column in view while it scrolls, the limit lines carry their rule's
     * number, and the reliability chart draws no bin under the minimum.
     */
    @Test
    void aWideIntersectionAndLongLegendsStayReadableInTheBrowsersLayout() throws Exception {
        Path work = Files.createDirectories(OUT.resolve("reviewer"));
        Path predictions = reviewerData(work);
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(predictions, LabelSpec.binaryColumns(List.of("Effusion"))),
                        work.resolve("out"))
                .withGroupings(new Groupings(List.of("sex", "site", "ageGroup"), Map.of(), List.of("sex×site"), 1, 0))
                .withRules(List.of(rule("tpr", "sex", 0.10), rule("fpr", "sex", 0.10)));
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "it").evaluate(spec);
        ReportPage page = HtmlReport.render(new ReportSource(result, "reviewer"), Locale.ENGLISH);
        String script = new String(ReportInChromiumIT.class.getResourceAsStream("measure-layout.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // the report forbids scripts; the measured copy drops that header and adds the measuring script at the end
        String measured = page.document().replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", "<script>" + script + "</script></body>");
        Path html = Files.writeString(work.resolve("measured.html"), measured);

        Document dom = Jsoup.parse(chromium.dumpDom(html, work, Chromium.WIDTH, Chromium.HEIGHT));

        com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dom.getElementById("measure").text());
        assertTrue(m.get("legends").asInt() > 20, m.toString());
        assertEquals("[]", m.get("legendOverflow").toString(), "legend entries past their chart's edge");
        assertTrue(m.get("wideTables").asInt() >= 1, "the sex×site table is wider than the page: " + m);
        assertTrue(m.get("overallCells").asInt() > 0, m.toString());
        assertEquals("[]", m.get("hiddenOverall").toString(), "'all samples' cells scrolled out of view");
        assertTrue(m.get("limitTags").toString().contains("\"R1\"") && m.get("limitTags").toString().contains("\"R2\""),
                m.toString());
        assertTrue(dom.select("svg text.fr-legend").eachText().contains(
                "80+: no curve (only one class present (0 positives, 3 negatives)), n 3"), "the whole entry, wrapped");
        screenshot(work, html, "reviewer");
    }

    /**
     * 480 rows: sex F/M, 24 sites (48 intersections), an age group 80+ of 3 images without a positive; scores that
     * separate the classes with noise, lower for F's positives (a TPR gap).
     */
    private static Path reviewerData(Path dir) throws java.io.IOException {
        java.util.Random random = new java.util.Random(7);
        StringBuilder csv = new StringBuilder("id,true_Effusion,score_Effusion,sex,site,ageGroup\n");
        for (int i = 0; i < 480; i++) {
            boolean old = i < 3;
            boolean positive = !old && random.nextDouble() < 0.4;
            String sex = i % 2 == 0 ? "F" : "M";
            double score = Math.min(0.99, Math.max(0.01, (positive ? (sex.equals("F") ? 0.55 : 0.7) : 0.3)
                    + random.nextGaussian() * 0.15));
            csv.append(String.format(Locale.ROOT, "r%d,%d,%.3f,%s,hospital-site-%02d,%s%n", i, positive ? 1 : 0, score,
                    sex, (i / 2) % 24, old ? "80+" : "<80"));
        }
        return Files.writeString(dir.resolve("predictions.csv"), csv);
    }

    private void screenshot(Path work, Path html, String name) throws Exception {
        Path png = OUT.resolve(name + ".png");
        chromium.screenshot(html, png, work);
        assertNotNull(ImageIO.read(png.toFile()), "the screenshot is a PNG");
    }

    @Test
    void hostileNamesAreTextInTheBrowserToo() throws Exception {
        Path work = Files.createDirectories(OUT.resolve("escaping"));
        ReportPage page = ReportEscapingTest.hostile(work);
        Document dom = open("escaping", page, FAILED_BACKGROUND, 0);
        assertTrue(dom.select("script, img, i, b").isEmpty(), "no element made from data");
        assertEquals(ReportEscapingTest.GROUP, dom.selectFirst("table.fr-groups thead th:nth-child(2)").text());
        assertEquals("Fairness report: " + ReportEscapingTest.PROJECT, dom.title());
    }

    private static Rule rule(String metric, String attribute, double maximum) {
        return new Rule(Measure.parse(metric), attribute, null, GapMethod.DIFFERENCE, null, maximum, null, MissingPolicy.WARN);
    }

    private static EvaluationResult evaluate(Path data, List<String> attributes, List<String> intersections, List<Rule> rules) {
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(data.resolve("model.onnx").toAbsolutePath().normalize(),
                        data.resolve("manifest.csv").toAbsolutePath().normalize(),
                        LabelSpec.binaryColumns(List.of("Effusion"))), OUT.resolve("unused"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)
                        .withInput(new ImageInput(null, null, ResizeMode.STRETCH, null, null, null)))
                .withGroupings(new Groupings(attributes, AGE_BINS, intersections, 30, 0))
                .withRules(rules);
        return new Evaluator(EvaluationLog.SILENT, "it").evaluate(spec);
    }

    private Document open(String name, ReportSource source, int bannerBackground) throws Exception {
        return open(name, HtmlReport.render(source, Locale.ENGLISH), bannerBackground, FIRST_GROUP);
    }

    /**
     * Writes the page, opens it in Chromium and returns the DOM Chromium built; fails unless the page rendered
     * (a non-blank screenshot) with the verdict banner (its background colour near the top) and, when
     * {@code chartColour} is not 0, charts (that colour in the screenshot).
     */
    private Document open(String name, ReportPage page, int bannerBackground, int chartColour) throws Exception {
        Path work = Files.createDirectories(OUT.resolve(name));
        Path html = Files.writeString(work.resolve("report.html"), page.document());
        Document dom = Jsoup.parse(chromium.dumpDom(html, work));
        assertNotNull(dom.getElementById("fr-verdict"), "the verdict banner is in the DOM Chromium built");

        Path png = OUT.resolve(name + ".png");
        chromium.screenshot(html, png, work);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "the screenshot is a PNG");
        assertEquals(Chromium.WIDTH, image.getWidth());
        assertEquals(Chromium.HEIGHT, image.getHeight());
        Pixels pixels = new Pixels(image);
        assertTrue(pixels.nonWhiteShare() > 0.05, "the page is not blank: " + pixels.nonWhiteShare());
        assertTrue(pixels.distinctColours() > 50, "text, tables and colours: " + pixels.distinctColours());
        assertTrue(pixels.count(bannerBackground, 0, 400) > 5_000,
                "the verdict banner is drawn near the top in its colour: " + pixels.count(bannerBackground, 0, 400));
        if (chartColour != 0) {
            assertTrue(pixels.count(chartColour, 0, Chromium.HEIGHT) > 500,
                    "the charts are drawn: " + pixels.count(chartColour, 0, Chromium.HEIGHT));
        }
        return dom;
    }

    /** Counts over a screenshot. */
    private record Pixels(BufferedImage image) {
        double nonWhiteShare() {
            long nonWhite = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    nonWhite += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
                }
            }
            return (double) nonWhite / ((long) image.getWidth() * image.getHeight());
        }

        int distinctColours() {
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    colours.add(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
            return colours.size();
        }

        /** Pixels of exactly {@code rgb} in the rows {@code fromY} (inclusive) to {@code toY} (exclusive). */
        long count(int rgb, int fromY, int toY) {
            long count = 0;
            for (int y = fromY; y < Math.min(toY, image.getHeight()); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
                }
            }
            return count;
        }
    }
}
