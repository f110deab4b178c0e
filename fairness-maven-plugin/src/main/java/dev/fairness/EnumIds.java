package dev.fairness;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds an enum constant by the name a user writes in the pom: its id ({@code balancedAccuracy}) or its constant
 * name ({@code BALANCED_ACCURACY}), ignoring case, dashes, underscores and surrounding spaces. One rule for every
 * enum a pom value names, so that {@code <gap>to-reference</gap>} and {@code <gateOn>Certain</gateOn>} read alike;
 * each enum keeps its own message for a name it does not know.
 */
public final class EnumIds {
    private EnumIds() {
    }

    /** The constant whose id or constant name matches {@code text}; null when none does or text is null. */
    public static <E extends Enum<E>> E find(Class<E> type, Function<E, String> id, String text) {
        if (text == null) {
            return null;
        }
        String wanted = normalise(text);
        for (E constant : type.getEnumConstants()) {
            if (normalise(id.apply(constant)).equals(wanted) || normalise(constant.name()).equals(wanted)) {
                return constant;
            }
        }
        return null;
    }

    /**
     * As {@link #find}, for a pom value that must name a constant.
     *
     * @param unknown the message for a value that names none, given the value as written
     * @throws InputException with that message
     */
    public static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> id, String text,
                                              UnaryOperator<String> unknown) {
        E found = find(type, id, text);
        if (found == null) {
            throw new InputException(unknown.apply(text));
        }
        return found;
    }

    /** As {@link #parse}, with a null or blank value meaning {@code blank}. */
    public static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> id, String text, E blank,
                                              UnaryOperator<String> unknown) {
        return text == null || text.isBlank() ? blank : parse(type, id, text, unknown);
    }

    /** Every constant's id in declaration order, comma-separated: what a message lists as accepted. */
    public static <E extends Enum<E>> String names(Class<E> type, Function<E, String> id) {
        return Stream.of(type.getEnumConstants()).map(id).collect(Collectors.joining(", "));
    }

    /** The spelling that matching compares: trimmed, lower case, without dashes and underscores. */
    public static String normalise(String text) {
        return text.trim().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
