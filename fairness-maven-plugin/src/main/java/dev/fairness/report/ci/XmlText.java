package dev.fairness.report.ci;

import dev.fairness.LogText;

/**
 * Text that XML 1.0 can carry: group names and ids come from the manifest, and a control character (other than
 * tab and line break) or an unpaired surrogate would make the whole file unreadable to Jenkins and GitLab. Such
 * characters are written as visible escapes ({@code \u001b}), as in the build log.
 */
final class XmlText {
    private XmlText() {
    }

    /** One value (a name, a message): every control character made visible, as in the log. */
    static String value(String text) {
        return legal(LogText.escape(text));
    }

    /** Lines joined by line breaks, each made safe like {@link #value}. */
    static String lines(Iterable<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(value(line)).append('\n');
        }
        return out.toString();
    }

    /** Replaces unpaired surrogates and U+FFFE/U+FFFF, which XML forbids and LogText leaves. */
    private static String legal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean illegal = !pair && (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF');
            if (illegal && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (illegal) {
                    out.append(String.format("\\u%04x", (int) c));
                } else if (pair) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
