package dev.fairness.report.ci;

import dev.fairness.LogText;

/**
 * Text from data or configuration (group, label and file names, reasons) inside Markdown that GitHub renders:
 * control characters are made visible as in the log (a line break would end a table row), and every character that
 * Markdown or the HTML it allows would act on is backslash-escaped, so a group called {@code <img src=x>} or
 * {@code a|b} is shown as written and cannot add markup, links or table cells.
 */
final class MarkdownText {
    /**
     * ASCII punctuation that CommonMark (with GitHub's tables and strikethrough) acts on inside a line: emphasis, code,
     * links and images, HTML and entities, table cells. Escaped text never starts a line here (it follows a table's
     * {@code |}, a list's {@code -} or a word), so the markers that act only there ({@code #}, {@code -}, {@code +},
     * {@code =}, digits and {@code .}) need no escape.
     */
    private static final String SPECIAL = "\\`*_[]<>!|~&";

    private MarkdownText() {
    }

    static String escape(String text) {
        String visible = LogText.escape(text);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
