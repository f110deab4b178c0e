package dev.fairness.inference;

/** Shortens ONNX Runtime's exception text for user messages: {@code Error code - ORT_EP_FAIL - message: X} -> X. */
final class OrtMessages {

    private static final String MARKER = " - message: ";

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
        while (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return reason;
    }
}
