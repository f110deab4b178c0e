package dev.fairness.maven;

import dev.fairness.LogText;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with every message passed through {@link LogText#escape}: whatever the engine or a Mojo writes, a
 * manifest cell cannot add a line of its own ({@code [INFO] BUILD SUCCESS}) or send escape sequences to the
 * terminal. Exceptions are passed on as they are (their stack traces show only at {@code -X}).
 */
final class EscapingLog implements Log {
    private final Log log;

    EscapingLog(Log log) {
        this.log = log;
    }

    private static CharSequence escape(CharSequence message) {
        return message == null ? null : LogText.escape(message);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(escape(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(escape(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(escape(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(escape(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(escape(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(escape(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(escape(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(escape(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
