package dev.fairness;

/**
 * A problem with the user's input or configuration (a missing file, a bad row, a model that does not fit).
 * Its message is complete and actionable: it names the file (and row and column where there is one), what was
 * expected and what to do. It is reported without a stack trace at the default log level.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
