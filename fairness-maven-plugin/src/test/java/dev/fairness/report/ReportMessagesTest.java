package dev.fairness.report;

import dev.fairness.gate.Measure;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportMessagesTest {
    private final ReportMessages english = new ReportMessages(Locale.ENGLISH);

    @Test
    void aLanguageWithoutItsOwnFileGetsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("eo"));
            assertEquals("Fairness checks not met", new ReportMessages(Locale.JAPANESE).get("verdict.failed.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTranslationIsOneFileAndMissingKeysFallBackToEnglish() {
        ReportMessages esperanto = new ReportMessages(new Locale("eo"));
        assertEquals("La kontroloj de justeco ne sukcesis", esperanto.get("verdict.failed.title"));
        assertEquals("eo", esperanto.get("report.lang"));
        assertEquals("All fairness checks met", esperanto.get("verdict.passed.title"));
    }

    @Test
    void limitsAreShownAsWrittenWithAtLeastThreeDecimals() {
        assertEquals("0.050", english.limit(0.05));
        assertEquals("0.0125", english.limit(0.0125));
        assertEquals("1.000", english.limit(1));
    }

    @Test
    void valuesHaveThreeDecimalsInTheLocalesFormat() {
        assertEquals("0.912", english.number(0.91249));
        assertEquals("0,912", new ReportMessages(Locale.GERMAN).number(0.91249));
    }

    @Test
    void rulesAreNamedByMeasureAndGap() {
        assertEquals("TPR difference", english.measureName(Measure.parse("tpr"), GapMethod.DIFFERENCE));
        assertEquals("equalized odds ratio", english.measureName(Measure.parse("equalizedOdds"), GapMethod.RATIO));
        assertEquals("AUC worst group value", english.measureName(Measure.parse("auc"), GapMethod.WORST));
        assertEquals("ECE (calibration error)", english.metricName(Metric.ECE));
        assertEquals("balanced accuracy", english.metricShortName(Metric.BALANCED_ACCURACY));
    }

    @Test
    void pluralsFollowTheCount() {
        assertEquals("1 of 1 rule met, 0 violated, 0 undetermined.", english.get("verdict.counts", 1L, 1, 0L, 0L));
        assertEquals("2 of 3 rules met, 1 violated, 0 undetermined.", english.get("verdict.counts", 2L, 3, 1L, 0L));
    }
}
