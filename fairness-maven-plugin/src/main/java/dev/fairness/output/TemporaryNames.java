package dev.fairness.output;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Parts of temporary file names that no other writer of the folder picks: this process's id and 64 random bits.
 * Not {@code UUID.randomUUID()}: its first call seeds a {@code SecureRandom}, about 20 ms of CPU on a cold JVM
 * (measured at load 20), on the goal's own thread before the predictions are read. The files are still created
 * with {@code CREATE_NEW}, so a clash fails instead of overwriting.
 */
final class TemporaryNames {
    private static final String PROCESS = Long.toHexString(ProcessHandle.current().pid());

    private TemporaryNames() {
    }

    static String unique() {
        return PROCESS + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }
}
