package dev.fairness.report;

import dev.fairness.gate.Measure;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words and number formats for one locale. The words are in the resource bundle
 * {@code dev/fairness/report/messages.properties} (English); a translation is one more file,
 * {@code messages_de.properties} for instance, and a locale without its own file gets English.
 */
public final class ReportMessages {
    static final String BUNDLE = "dev.fairness.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Whether the locale writes numbers with the digits 0-9 and a point, as {@link DecimalText} does. */
    private final boolean plainDecimals;

    public ReportMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.plainDecimals = symbols.getZeroDigit() == '0' && symbols.getDecimalSeparator() == '.';
    }

    /** A message with its {@code {0}}, {@code {1}}, ... filled in; arguments are passed as formatted text. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A metric's name in tables, e.g. {@code TPR (sensitivity)}; its plain display name when the bundle has none. */
    public String metricName(Metric metric) {
        return optional("metric." + metric.id(), metric.displayName());
    }

    /** A metric's short name in chart axes, e.g. {@code TPR}. */
    public String metricShortName(Metric metric) {
        return optional("metric." + metric.id() + ".short", metric.displayName());
    }

    /** What a rule measures, e.g. {@code TPR difference} or {@code equalized odds ratio}. */
    public String measureName(Measure measure, GapMethod gap) {
        String what = measure.isCompound() ? optional("compound." + measure.id(), measure.displayName())
                : metricShortName(measure.metric());
        return get("rule.measure", what, optional("gap." + gap.id(), gap.id()));
    }

    /** A value as the report shows it: three decimals. */
    public String number(double value) {
        return plainDecimals ? DecimalText.fixed(value, 3) : String.format(locale, "%.3f", value);
    }

    /** A configured limit as written, with at least three decimals: 0.05 becomes 0.050, 0.0125 stays 0.0125. */
    public String limit(double limit) {
        BigDecimal exact = new BigDecimal(Double.toString(limit)).stripTrailingZeros();
        int scale = Math.max(3, exact.scale());
        return String.format(locale, "%." + scale + "f", limit);
    }

    /** An axis tick label: one decimal. */
    public String tick(double value) {
        return plainDecimals ? DecimalText.fixed(value, 1) : String.format(locale, "%.1f", value);
    }

    /** A count (a weighted count shows its integer part). */
    public String count(double count) {
        return Long.toString((long) count);
    }

    private String optional(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
