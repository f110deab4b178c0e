package dev.fairness.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One whole process, timed by GNU time ({@code /usr/bin/time -v}): wall clock, CPU (user + system) and the peak
 * resident memory of the process tree's largest process, with the machine's 1-minute load average when it started.
 */
record TimedProcess(double wallSeconds, double cpuSeconds, long peakKilobytes, double loadBefore, int exitCode,
                    Path log) {
    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (\\S+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): (\\S+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): (\\S+)");
    private static final Pattern PEAK = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    /** Runs {@code command} in {@code directory}, its output into {@code log}. */
    static TimedProcess run(List<String> command, Path directory, Path log) {
        Path times = log.resolveSibling(log.getFileName() + ".time");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", times.toString()));
        timed.addAll(command);
        double load = loadAverage();
        try {
            Process process = new ProcessBuilder(timed).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            String text = Files.readString(times, StandardCharsets.UTF_8);
            return new TimedProcess(wall(find(WALL, text)), Double.parseDouble(find(USER, text))
                    + Double.parseDouble(find(SYSTEM, text)), Long.parseLong(find(PEAK, text)), load, exit, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The 1-minute load average (all processes of the machine, this benchmark's too). */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    double peakGigabytes() {
        return peakKilobytes / 1024.0 / 1024.0;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("GNU time printed no '" + pattern + "':\n" + text);
        }
        return m.group(1);
    }

    /** {@code 1:02.35} or {@code 1:02:03} as seconds. */
    private static double wall(String text) {
        double seconds = 0;
        for (String part : text.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return seconds;
    }
}
