package dev.fairness;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LogTextTest {

    @Test
    void lineBreaksAreShownAsEscapesSoACellCannotForgeALogLine() {
        assertEquals("F\\n[INFO] BUILD SUCCESS", LogText.escape("F\n[INFO] BUILD SUCCESS"));
        assertEquals("F\\r\\n[INFO] BUILD SUCCESS", LogText.escape("F\r\n[INFO] BUILD SUCCESS"));
    }

    @Test
    void ansiEscapeSequencesNulAndTabAreShownVisibly() {
        assertEquals("\\u001b[31mred\\u001b[0m", LogText.escape("\u001b[31mred\u001b[0m"));
        assertEquals("a\\u0000b\\tc\\u007f", LogText.escape("a\u0000b\tc\u007f"));
        assertEquals("\\u009b2J", LogText.escape("\u009b2J"));
    }

    @Test
    void unicodeLineSeparatorsAndBidiOverridesAreShownVisibly() {
        assertEquals("a\\u2028b\\u2029c\\u202ed\\u2066e", LogText.escape("a\u2028b\u2029c\u202ed\u2066e"));
    }

    @Test
    void ordinaryTextIsReturnedAsItIsAndEscapingTwiceChangesNothing() {
        String plain = "Männer 60–80 C:\\data\\x.png 'ü' é";
        assertSame(plain, LogText.escape(plain));
        String once = LogText.escape("x\ny\u001b");
        assertEquals(once, LogText.escape(once));
    }

    @Test
    void nullIsWrittenAsTheWordNull() {
        assertEquals("null", LogText.escape(null));
    }
}
