package dev.fairness.report;

import dev.fairness.gate.Measure;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report's words and number formats for one locale. The words are in the resource bundle
 * {@code dev/fairness/report/messages.properties} (English); a translation is one more file,
 * {@code messages_de.properties} for instance, and a locale without its own file gets English. A report asks for
 * thousands of messages (sections render on several threads): each pattern is parsed once, and numbers are written
 * by one number format, not by a new one per message as {@code MessageFormat} makes for each number it fills in.
 */
public final class ReportMessages {
    static final String BUNDLE = "dev.fairness.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Whether the locale writes numbers with the digits 0-9 and a point, as {@link DecimalText} does. */
    private final boolean plainDecimals;
    /** Each key's parsed pattern; a format is used by one thread at a time (synchronized on it). */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** What {@code MessageFormat} writes for a number argument; used by one thread at a time. */
    private NumberFormat numbers;

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
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        MessageFormat format = formats.get(key);
        if (format == null) {
            MessageFormat parsed = new MessageFormat(pattern, locale);
            format = formats.putIfAbsent(key, parsed);
            format = format == null ? parsed : format;
        }
        synchronized (format) {
            return format.format(onlyPlainPlaceholders(format) ? texts(arguments) : arguments);
        }
    }

    /** Whether every placeholder is a plain {@code {n}}: no {@code choice} or other format needs a number. */
    private static boolean onlyPlainPlaceholders(MessageFormat format) {
        for (Format f : format.getFormats()) {
            if (f != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The arguments with each number as the text a plain placeholder writes for it: the locale's number format
     * ({@code MessageFormat} makes a new one for every number it fills in).
     */
    private Object[] texts(Object[] arguments) {
        Object[] texts = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Number number) {
                texts = texts == arguments ? arguments.clone() : texts;
                texts[i] = numberText(number);
            }
        }
        return texts;
    }

    private synchronized String numberText(Number number) {
        if (numbers == null) {
            numbers = NumberFormat.getInstance(locale);
        }
        return numbers.format(number);
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
