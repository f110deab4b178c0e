package dev.fairness.inference;

/**
 * Keeps DJL's own log lines ("Failed to detect GPU count", "Number of inter-op threads is 1", ...) out of the build
 * log: they describe DJL's internals, and what matters to the user (device, fall-backs, errors) the plugin says
 * itself. DJL logs through SLF4J, which in Maven is Maven's simple logger; its level per logger is read from
 * {@value #PROPERTY} when DJL creates its loggers, so this must run before any DJL class is used. A level the user
 * set (e.g. {@code -Dorg.slf4j.simpleLogger.log.ai.djl=info}) is kept.
 */
public final class DjlLogging {
    static final String PROPERTY = "org.slf4j.simpleLogger.log.ai.djl";

    private DjlLogging() {
    }

    /** Turns DJL's loggers off unless the user set their level. */
    public static void quiet() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "off");
        }
    }
}
