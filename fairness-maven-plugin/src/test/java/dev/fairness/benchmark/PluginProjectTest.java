package dev.fairness.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginProjectTest {
    @TempDir
    Path project;

    @Test
    void jvmOptionsAreWrittenToTheProjectsJvmConfig() throws IOException {
        PluginProject.writeJvmConfig(project, " -XX:TieredStopAtLevel=1 ");

        assertEquals("-XX:TieredStopAtLevel=1\n", Files.readString(project.resolve(".mvn/jvm.config")));
    }

    @Test
    void blankOptionsLeaveNoJvmConfigFromAnEarlierRun() throws IOException {
        PluginProject.writeJvmConfig(project, "-XX:TieredStopAtLevel=1");

        PluginProject.writeJvmConfig(project, "");

        assertFalse(Files.exists(project.resolve(".mvn/jvm.config")));
    }
}
