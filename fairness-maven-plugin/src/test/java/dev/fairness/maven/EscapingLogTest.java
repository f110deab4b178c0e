package dev.fairness.maven;

import dev.fairness.InputException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EscapingLogTest {

    /** Records what reaches Maven's log, by level. */
    private static class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        private void add(String level, CharSequence content) {
            lines.add("[" + level + "] " + content);
        }

        public boolean isDebugEnabled() {
            return true;
        }

        public void debug(CharSequence content) {
            add("DEBUG", content);
        }

        public void debug(CharSequence content, Throwable error) {
            add("DEBUG", content);
        }

        public void debug(Throwable error) {
        }

        public boolean isInfoEnabled() {
            return true;
        }

        public void info(CharSequence content) {
            add("INFO", content);
        }

        public void info(CharSequence content, Throwable error) {
            add("INFO", content);
        }

        public void info(Throwable error) {
        }

        public boolean isWarnEnabled() {
            return true;
        }

        public void warn(CharSequence content) {
            add("WARNING", content);
        }

        public void warn(CharSequence content, Throwable error) {
            add("WARNING", content);
        }

        public void warn(Throwable error) {
        }

        public boolean isErrorEnabled() {
            return true;
        }

        public void error(CharSequence content) {
            add("ERROR", content);
        }

        public void error(CharSequence content, Throwable error) {
            add("ERROR", content);
        }

        public void error(Throwable error) {
        }
    }

    @Test
    void everyMessageTheMojosAndTheEngineLogIsEscaped() {
        RecordingLog maven = new RecordingLog();
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(maven);

        mojo.getLog().info("  F\n[INFO] BUILD SUCCESS      40");
        new MavenEvaluationLog(mojo.getLog()).warn("group '\u001b[2J\u0000M'");
        mojo.getLog().error("a\rb", new RuntimeException());
        new MavenEvaluationLog(mojo.getLog()).debug("x\u2028y");

        assertEquals(List.of("[INFO]   F\\n[INFO] BUILD SUCCESS      40", "[WARNING] group '\\u001b[2J\\u0000M'",
                "[ERROR] a\\rb", "[DEBUG] x\\u2028y"), maven.lines);
    }

    @Test
    void aUserErrorBuiltFromACellCannotForgeALogLine() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(new RecordingLog() {
            @Override
            public boolean isDebugEnabled() {
                return false;
            }
        });

        MojoExecutionException e = mojo.userError(new InputException(
                "manifest.csv, line 3, column 'sex': found 'F\n[INFO] BUILD SUCCESS'."));

        assertEquals("manifest.csv, line 3, column 'sex': found 'F\\n[INFO] BUILD SUCCESS'.", e.getMessage());
    }
}
