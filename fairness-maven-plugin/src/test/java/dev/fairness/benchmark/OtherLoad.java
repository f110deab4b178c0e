package dev.fairness.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many cores other processes kept busy while a measurement ran: the machine's busy time (from
 * {@code /proc/stat}) minus this JVM's CPU time, over the wall time. The benchmark runs on machines shared with
 * other builds; a measurement during which others used a noticeable share of the cores says nothing about the
 * plugin, so such rounds are set aside. NaN where {@code /proc/stat} does not exist.
 */
final class OtherLoad {
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final long[] start = machine();
    private final long startCpu = processCpuNanos();
    private final long startWall = System.nanoTime();

    /** Cores used by other processes since this object was made, on average. */
    double cores() {
        long[] end = machine();
        if (start == null || end == null) {
            return Double.NaN;
        }
        double busyShare = (double) (end[0] - start[0]) / Math.max(1, end[1] - start[1]);
        double wall = (System.nanoTime() - startWall) / 1e9;
        double ours = (processCpuNanos() - startCpu) / 1e9 / wall;
        return Math.max(0, busyShare * cores - ours);
    }

    /**
     * Waits (idle) until other processes keep less than {@code cores} cores busy over a 3 s window, at most
     * {@code maxSeconds}; returns the seconds waited.
     */
    static long awaitQuiet(double cores, long maxSeconds) throws InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1e9 < maxSeconds) {
            OtherLoad window = new OtherLoad();
            Thread.sleep(3000);
            if (!(window.cores() >= cores)) {
                break;
            }
        }
        return Math.round((System.nanoTime() - start) / 1e9);
    }

    /** [busy jiffies, total jiffies] of all cores, or null. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
