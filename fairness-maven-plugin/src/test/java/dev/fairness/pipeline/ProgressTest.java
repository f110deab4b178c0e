package dev.fairness.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final List<String> lines = new ArrayList<>();
    private long now = 1_000_000_000L;

    private Progress progress(int total) {
        return new Progress(total, Progress.DEFAULT_INTERVAL_NANOS, () -> now, lines::add);
    }

    private void seconds(double s) {
        now += (long) (s * 1e9);
    }

    @Test
    void aLineEveryFiveSecondsWithDoneTotalRateAndTimeLeft() {
        Progress progress = progress(1000);
        seconds(2);
        progress.advance(100);
        seconds(3);
        progress.advance(250);
        seconds(4);
        progress.advance(450);
        seconds(1);
        progress.advance(500);

        assertEquals(List.of("Scored 250/1000 images (25%), 50.0 images/s, about 15 s left.",
                "Scored 500/1000 images (50%), 50.0 images/s, about 10 s left."), lines);
    }

    @Test
    void shortWorkLogsNoProgressLine() {
        Progress progress = progress(100);
        seconds(4.9);
        progress.advance(100);

        assertEquals(List.of(), lines);
    }

    @Test
    void theLastBatchLogsNoProgressLineTheSummaryFollows() {
        Progress progress = progress(100);
        seconds(30);
        progress.advance(100);

        assertEquals(List.of(), lines);
    }

    @Test
    void longTimesLeftAreInMinutesAndHours() {
        assertEquals("59 s", Progress.duration(58.2));
        assertEquals("3 min 05 s", Progress.duration(185));
        assertEquals("2 h 03 min", Progress.duration(2 * 3600 + 3 * 60 + 59));
    }
}
