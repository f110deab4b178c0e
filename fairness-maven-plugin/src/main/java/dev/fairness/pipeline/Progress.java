package dev.fairness.pipeline;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of long work as log lines, at most one per interval:
 * {@code Scored 320/1000 images (32%), 64.2 images/s, about 11 s left.} The rate is the average since the start,
 * which is steadier than the last interval's. Work shorter than the interval logs nothing here.
 */
public final class Progress {
    /** The interval of the plugin's progress lines. */
    public static final long DEFAULT_INTERVAL_NANOS = 5_000_000_000L;

    private final int total;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Consumer<String> log;
    private final long start;
    private long lastLine;

    /**
     * @param clock nanoseconds, e.g. {@code System::nanoTime}; the start is the clock's value now
     * @param log   receives each line
     */
    public Progress(int total, long intervalNanos, LongSupplier clock, Consumer<String> log) {
        this.total = total;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.log = log;
        this.start = clock.getAsLong();
        this.lastLine = start;
    }

    /** Progress lines every five seconds, on the system clock. */
    public static Progress every5Seconds(int total, Consumer<String> log) {
        return new Progress(total, DEFAULT_INTERVAL_NANOS, System::nanoTime, log);
    }

    /** {@code done} of the total images are finished; logs a line when an interval has passed since the last. */
    public void advance(int done) {
        long now = clock.getAsLong();
        if (now - lastLine < intervalNanos || done >= total) {
            return;
        }
        lastLine = now;
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        String left = rate > 0 ? "about " + duration((total - done) / rate) + " left" : "time left unknown";
        log.accept(String.format(Locale.ROOT, "Scored %d/%d images (%d%%), %.1f images/s, %s.", done, total,
                (int) (100L * done / total), rate, left));
    }

    /** {@code 42 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
