package dev.fairness.report.ci;

import java.nio.charset.StandardCharsets;

/**
 * Text that must stay under a size in UTF-8 bytes, whatever the evaluation's size: GitHub rejects a step summary
 * over 1024 KiB. Blocks are added whole while they fit, with room kept for the note that says what was left out.
 */
final class SizeBudget {
    /** Room for the closing note and the footer, which are always added. */
    static final int RESERVE = 600;

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private int bytes;
    private int leftOut;

    SizeBudget(int limit) {
        if (limit <= RESERVE) {
            throw new IllegalArgumentException("a summary limit of " + limit + " bytes leaves no room for its note");
        }
        this.limit = limit;
    }

    /** Adds {@code block} when it fits (counting it as left out otherwise); returns whether it was added. */
    boolean add(String block) {
        int size = block.getBytes(StandardCharsets.UTF_8).length;
        if (bytes + size > limit - RESERVE) {
            leftOut++;
            return false;
        }
        text.append(block);
        bytes += size;
        return true;
    }

    /** Adds text from the reserve (the note and the footer; short by construction). */
    void addReserved(String block) {
        text.append(block);
        bytes += block.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Adds a blank line or another separator when it fits; one that does not fit is no loss and not counted. */
    void separate(String separator) {
        int size = separator.getBytes(StandardCharsets.UTF_8).length;
        if (bytes + size <= limit - RESERVE) {
            text.append(separator);
            bytes += size;
        }
    }

    /** Counts {@code lines} left out without trying them (the rows of a table whose head did not fit). */
    void leaveOut(int lines) {
        leftOut += lines;
    }

    int leftOut() {
        return leftOut;
    }

    int bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
