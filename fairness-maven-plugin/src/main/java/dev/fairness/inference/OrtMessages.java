package dev.fairness.inference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens ONNX Runtime's exception text for user messages: {@code Error code - ORT_EP_FAIL - message: X} -> X, and
 * drops the C++ source location and function signature that some of its messages start with
 * ({@code /onnxruntime_src/.../model.cc:166 onnxruntime::Model::Model(...) ModelProto does not have a graph}).
 */
final class OrtMessages {

    private static final String MARKER = " - message: ";
    private static final Pattern SOURCE_LOCATION = Pattern.compile(
            "(?:\\b[A-Za-z]:)?[/\\\\][^\\s:]*\\.(?:cc|cpp|cxx|c|h|hpp):\\d+\\s+");
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?:[\\w<>*&]+\\s+)*~?\\w+(?:<[^()]*>)?(?:::~?\\w+(?:<[^()]*>)?)+\\(");

    private OrtMessages() {
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int at = message.indexOf(MARKER);
        String reason = at >= 0 ? message.substring(at + MARKER.length()) : message;
        int newline = reason.indexOf('\n');
        reason = (newline >= 0 ? reason.substring(0, newline) : reason).strip();
        reason = withoutSourceLocation(reason);
        while (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return reason;
    }

    /**
     * {@code before path/file.cc:166 ns::Class::method(args) text} -> {@code before text}; text without a source
     * location as it is.
     */
    static String withoutSourceLocation(String reason) {
        Matcher location = SOURCE_LOCATION.matcher(reason);
        if (!location.find()) {
            return reason;
        }
        String before = reason.substring(0, location.start());
        String rest = reason.substring(location.end());
        Matcher function = QUALIFIED_NAME.matcher(rest);
        if (function.lookingAt()) {
            int depth = 0;
            for (int i = function.end() - 1; i < rest.length(); i++) {
                char c = rest.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    rest = rest.substring(i + 1);
                    break;
                }
            }
        }
        rest = rest.strip();
        return rest.isEmpty() ? reason : before + rest;
    }
}
