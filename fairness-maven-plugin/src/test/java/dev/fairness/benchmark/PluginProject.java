package dev.fairness.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's project that gates a predictions file with the plugin built here: its pom ({@code check} with
 * {@code <predictions>}, the three labels and four groupings: sex, age in bins 0,20,40,60,80, race,
 * sex×age; threshold 0.5), a local repository of its own holding this build's plugin jar, and a settings file that
 * fills that repository once from the user's own (no network). Timed builds then run {@code mvn -o verify}, as a
 * user's CI would, with Maven's log timestamps, from which the goal's own time is read.
 */
final class PluginProject {
    private static final Pattern STAMP = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) ");

    private final Path directory;
    private final Path repository;

    private PluginProject(Path directory, Path repository) {
        this.directory = directory;
        this.repository = repository;
    }

    /**
     * @param pluginJar      this build's plugin jar
     * @param pluginPom      its pom, and {@code parentPom} its parent's
     * @param userRepository the user's local repository, where the plugin's dependencies already are
     */
    static PluginProject create(Path directory, String version, Path pluginJar, Path pluginPom, Path parentPom,
                                Path userRepository) throws IOException {
        Files.createDirectories(directory);
        Path repository = directory.resolve("repository");
        install(repository, "fairness-maven-plugin", version, pluginPom, "pom");
        install(repository, "fairness-maven-plugin", version, pluginJar, "jar");
        install(repository, "fairness-parent", version, parentPom, "pom");
        Files.writeString(directory.resolve("settings.xml"), "<settings><mirrors><mirror><id>user-local</id>"
                + "<mirrorOf>*</mirrorOf><url>" + userRepository.toUri() + "</url></mirror></mirrors></settings>\n");
        Files.writeString(directory.resolve("pom.xml"), pom(version));
        writeJvmConfig(directory, "");
        return new PluginProject(directory, repository);
    }

    /**
     * The project's {@code .mvn/jvm.config} (the JVM options Maven starts with, as a user's project may set them),
     * or none when {@code options} is blank: e.g. {@code -XX:TieredStopAtLevel=1}, which spares a cold build the
     * C2 compiler's CPU (see benchmarks.md).
     */
    static void writeJvmConfig(Path directory, String options) throws IOException {
        Path config = directory.resolve(".mvn/jvm.config");
        if (options == null || options.isBlank()) {
            Files.deleteIfExists(config);
            return;
        }
        Files.createDirectories(config.getParent());
        Files.writeString(config, options.strip() + "\n");
    }

    private static void install(Path repository, String artifact, String version, Path file, String extension)
            throws IOException {
        Path folder = repository.resolve("dev/fairness/" + artifact + "/" + version);
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve(artifact + "-" + version + "." + extension), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String pom(String version) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>dev.fairness.benchmark</groupId>\n  <artifactId>predictions-job</artifactId>\n"
                + "  <version>1.0</version>\n  <packaging>pom</packaging>\n  <build>\n    <plugins>\n      <plugin>\n"
                + "        <groupId>dev.fairness</groupId>\n        <artifactId>fairness-maven-plugin</artifactId>\n"
                + "        <version>" + version + "</version>\n"
                + "        <executions><execution><goals><goal>check</goal></goals></execution></executions>\n"
                + "        <configuration>\n          <predictions>${predictions}</predictions>\n"
                + "          <labels><label>Effusion</label><label>Atelectasis</label><label>Cardiomegaly</label>"
                + "</labels>\n"
                + "          <attributes><attribute>sex</attribute><attribute>age</attribute><attribute>race"
                + "</attribute></attributes>\n"
                + "          <bins><age>0,20,40,60,80</age></bins>\n"
                + "          <intersections><intersection>sex×age</intersection></intersections>\n"
                + "          <threshold>0.5</threshold>\n          <bootstrap>${bootstrap}</bootstrap>\n"
                + "        </configuration>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n";
    }

    /** Fills the project's repository from the user's (the one build that is not offline); untimed. */
    void prepare(Path predictions) {
        try {
            writeJvmConfig(directory, ""); // Maven's default JVM, whatever the last timed run used
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TimedProcess warm = TimedProcess.run(command(predictions, 0, false), directory, directory.resolve("prepare.log"));
        if (warm.exitCode() != 0) {
            throw new IllegalStateException("the preparing build failed, see " + warm.log());
        }
    }

    /** One timed {@code mvn -o verify} of the project on {@code predictions}, with Maven's default JVM. */
    TimedProcess verify(Path predictions, int bootstrap, Path log) {
        return verify(predictions, bootstrap, "", log);
    }

    /**
     * One timed {@code mvn -o verify} of the project on {@code predictions}, Maven's JVM started with
     * {@code jvmConfig} as the project's {@code .mvn/jvm.config} (none when blank).
     */
    TimedProcess verify(Path predictions, int bootstrap, String jvmConfig, Path log) {
        try {
            writeJvmConfig(directory, jvmConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TimedProcess run = TimedProcess.run(command(predictions, bootstrap, true), directory, log);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("the build failed, see " + log);
        }
        return run;
    }

    private List<String> command(Path predictions, int bootstrap, boolean offline) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of("-s", "settings.xml", "-Dmaven.repo.local=" + repository,
                "-Dpredictions=" + predictions.toAbsolutePath(), "-Dbootstrap=" + bootstrap,
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS", "verify"));
        return command;
    }

    /**
     * The goal's own time: from Maven's line announcing the goal to its {@code BUILD SUCCESS} line, by the log's
     * timestamps (a build does nothing else in between).
     */
    static double goalSeconds(Path log) throws IOException {
        LocalTime start = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = STAMP.matcher(line);
            if (!m.find()) {
                continue;
            }
            if (line.contains("--- fairness-maven-plugin:")) {
                start = LocalTime.parse(m.group(1));
            } else if (start != null && line.contains("BUILD SUCCESS")) {
                double seconds = (LocalTime.parse(m.group(1)).toNanoOfDay() - start.toNanoOfDay()) / 1e9;
                return seconds < 0 ? seconds + 86_400 : seconds;
            }
        }
        throw new IllegalStateException(log + " has no timed goal");
    }

    /** The plugin's own bootstrap time, from its "Bootstrap: ... in X s." line, or NaN without one. */
    static double bootstrapSeconds(Path log) throws IOException {
        Matcher m = Pattern.compile("Bootstrap: .* in ([0-9.]+) s\\.").matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    Path directory() {
        return directory;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
