package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.LogText;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** How a user error ends a goal: its message says everything, so Maven prints that line and no stack trace. */
final class UserErrors {
    private UserErrors() {
    }

    /**
     * The cause (with its technical detail and stack trace) is attached only at debug level ({@code -X}), because
     * Maven would otherwise append the cause's message to the line.
     */
    static MojoExecutionException toMojo(InputException e, Log log) {
        // Maven prints the message as it is: escaped here, so a cell quoted in it cannot forge log lines
        String message = LogText.escape(e.getMessage());
        return log.isDebugEnabled() ? new MojoExecutionException(message, e) : new MojoExecutionException(message);
    }
}
