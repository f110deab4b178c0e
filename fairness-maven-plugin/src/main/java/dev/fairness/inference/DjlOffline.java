package dev.fairness.inference;

/**
 * Keeps DJL off the network: with {@code ai.djl.offline} unset DJL downloads missing natives and, on cloud
 * machines, reports usage. Set before any DJL class does either; a user's explicit setting is kept.
 */
public final class DjlOffline {
    private DjlOffline() {
    }

    public static void enable() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }
}
