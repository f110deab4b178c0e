package dev.fairness.recipes;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the recipe runs happen ({@code target/ci-recipes}) and what they need: the npm tools installed there, the
 * plugin of this build in the invoker's local repository, and model repositories generated from the test data,
 * each a git repository whose {@code .mvn/maven.config} points Maven at that local repository (the recipes' own
 * commands stay as printed).
 */
final class RecipeWorkspace {
    static final Path ROOT = Path.of("target/ci-recipes").toAbsolutePath();
    static final Path IT_DATA = Path.of("../src/it/_data").toAbsolutePath().normalize();
    /** The npm packages the runs use, pinned: gitlab-ci-local 4.65 is the last that runs on Node 20. */
    static final List<String> NPM_PACKAGES = List.of("gitlab-ci-local@4.65.0", "@actions/workflow-parser@0.3.61",
            "@actions/expressions@0.3.61");

    private RecipeWorkspace() {
    }

    /** Skips (with the reason) unless the build runs the recipes: {@code -Pci-recipes}. */
    static void requireProfile() {
        Assumptions.assumeTrue(Boolean.getBoolean("fairness.ciRecipes"),
                "The CI recipes run only with -Pci-recipes (mvn -B -pl fairness-maven-plugin -Pci-recipes verify).");
    }

    /** The npm tools in {@code target/ci-recipes/node}, installed once; skips with the reason when npm cannot. */
    static synchronized Path nodeModules() {
        requireProfile();
        Path prefix = ROOT.resolve("node");
        Path modules = prefix.resolve("node_modules");
        if (Files.isDirectory(modules.resolve("gitlab-ci-local")) && Files.isDirectory(modules.resolve("@actions/workflow-parser"))) {
            return modules;
        }
        List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
                prefix.toString()));
        command.addAll(NPM_PACKAGES);
        Run install;
        try {
            install = run(command, ROOT, Map.of(), 600);
        } catch (UncheckedIOException e) {
            Assumptions.abort("npm is not on the PATH (" + e.getCause().getMessage() + "): the CI recipes need "
                    + "Node.js 20 and npm to install " + NPM_PACKAGES + ". Skipped.");
            return null;
        }
        Assumptions.assumeTrue(install.exit() == 0, "npm install " + NPM_PACKAGES + " failed (exit " + install.exit()
                + "; no network or no registry?). Skipped. Its output:\n" + install.output());
        return modules;
    }

    /** A tool on the PATH, or the test is skipped naming it. */
    static void requireCommand(String name, String why) {
        Run which = run(List.of("sh", "-c", "command -v " + name), ROOT, Map.of(), 30);
        Assumptions.assumeTrue(which.exit() == 0, name + " is not on the PATH; " + why + ". Skipped.");
    }

    /**
     * A fresh model repository in {@code target/ci-recipes/<name>}: the files given, {@code .mvn/maven.config}
     * for this build's plugin, committed to a new git repository with an {@code origin}.
     */
    static Path repository(String name, Map<String, String> files, Map<String, Path> copies) {
        Path repo = ROOT.resolve(name);
        deleteTree(repo);
        try {
            Files.createDirectories(repo);
            for (var file : files.entrySet()) {
                write(repo.resolve(file.getKey()), file.getValue());
            }
            for (var copy : copies.entrySet()) {
                copyTree(copy.getValue(), repo.resolve(copy.getKey()));
            }
            write(repo.resolve(".mvn/maven.config"), mavenConfig());
            write(repo.resolve(".gitignore"), "target/\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(repo, "init", "-q", "-b", "main");
        git(repo, "remote", "add", "origin", "https://git.example.org/hospital/model-repo.git");
        commit(repo, "model repository");
        return repo;
    }

    static void commit(Path repo, String message) {
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=recipes", "-c", "user.email=recipes@example.org", "commit", "-q",
                "--allow-empty", "-m", message);
    }

    private static void git(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run git = run(command, repo, Map.of(), 60);
        if (git.exit() != 0) {
            throw new IllegalStateException(command + " failed: " + git.output());
        }
    }

    /**
     * The local repository with this build's plugin (the invoker's, installed before the integration tests) and,
     * for everything else, the user's local repository read as a remote one: no job writes to the user's.
     */
    private static String mavenConfig() throws IOException {
        Path pluginRepository = Path.of("target/local-repo").toAbsolutePath();
        Path settings = ROOT.resolve("settings.xml");
        String userRepository = System.getProperty("fairness.userRepository",
                System.getProperty("user.home") + "/.m2/repository");
        write(settings, """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories>
                        <repository><id>user</id><url>file://%1$s</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>user</id><url>file://%1$s</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """.formatted(userRepository));
        return "-Dmaven.repo.local=" + pluginRepository + "\n--settings=" + settings + "\n";
    }

    /** A process's exit code and its output (stdout and stderr together). */
    record Run(int exit, String output) {
    }

    static Run run(List<String> command, Path directory, Map<String, String> environment, int timeoutSeconds) {
        try {
            Files.createDirectories(ROOT);
            Path log = Files.createTempFile(ROOT, "run-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within " + timeoutSeconds + " s; its output: "
                        + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
