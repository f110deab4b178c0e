package dev.fairness.report;

import dev.fairness.gate.Measure;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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
    @Test
    void fillsEveryMessageOfTheBundleAsMessageFormatDoesWithTextsAndNumbers() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, new Locale("eo"))) {
            ReportMessages messages = new ReportMessages(locale);
            ResourceBundle bundle = ResourceBundle.getBundle(ReportMessages.BUNDLE, locale);
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                for (Object[] arguments : List.of(new Object[]{1, 2, 3, 4, 5, 6, 7, 8},
                        new Object[]{12_345, 2L, 1_234_567L, 0, 3, 1, 2_000, 9},
                        new Object[]{"a", "b", "c", "d", "e", "f", "g", "h"}, new Object[]{"x", 1_500})) {
                    if (!pattern.contains(",choice") || arguments[0] instanceof Number) {
                        assertEquals(new MessageFormat(pattern, locale).format(arguments),
                                messages.get(key, arguments), locale + " " + key);
                        assertEquals(new MessageFormat(pattern, locale).format(arguments),
                                messages.get(key, arguments), locale + " " + key + ", the pattern parsed before");
                    }
                }
            }
        }
    }
}
