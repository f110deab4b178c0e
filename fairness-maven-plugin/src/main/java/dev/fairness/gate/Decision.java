package dev.fairness.gate;

import java.util.Locale;

/**
 * Why the gate decided a rule as it did: what it compared with the limit and what settled the status. Everything
 * that shows a rule (the log line, fairness.json, both reports) reads the decision here instead of comparing
 * values with the limit again.
 *
 * @param reason   what settled the status
 * @param evidence the number the rule's {@link GateOn} mode compared with the limit: the point value
 *                 ({@code point}), the interval's bound nearer the limit ({@code significant}) or the one farther
 *                 from it ({@code certain}); NaN when nothing was compared (an undefined gap or interval, or a rule
 *                 decided by the calibration test)
 */
public record Decision(Reason reason, double evidence) {

    /** What settled a rule's status. */
    public enum Reason {
        /** The evidence lies within the limit, and nothing missing counts against it: met. */
        WITHIN_LIMIT,
        /** The evidence lies beyond the limit: violated, whatever else is missing. */
        BEYOND_LIMIT,
        /** The evidence lies within the limit, but groups were left out under {@code onMissing=fail}: violated. */
        GROUPS_LEFT_OUT,
        /**
         * The interval lies within the limit, but the gap is undefined in some replicates under
         * {@code onMissing=fail}: violated.
         */
        UNDEFINED_IN_REPLICATES,
        /**
         * The gap, or the interval an interval gate needs, is undefined: undetermined, or violated under
         * {@code onMissing=fail}.
         */
        UNDEFINED;

        /** {@code withinLimit}, {@code groupsLeftOut}, ...: how fairness.json names the reason. */
        public String id() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder id = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return id.toString();
        }
    }

    /** True when the evidence the rule gates on lies within the limit (whatever missing evidence then decided). */
    public boolean evidenceWithinLimit() {
        return reason == Reason.WITHIN_LIMIT || reason == Reason.GROUPS_LEFT_OUT
                || reason == Reason.UNDEFINED_IN_REPLICATES;
    }

    /** True when missing evidence, not the value or its interval, made a violated rule fail. */
    public boolean violatedOnlyByMissingEvidence() {
        return reason == Reason.GROUPS_LEFT_OUT || reason == Reason.UNDEFINED_IN_REPLICATES;
    }
}
