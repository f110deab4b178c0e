package dev.fairness.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class EscapeTest {

    @Test
    void theFiveMarkupCharactersBecomeCharacterReferences() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;",
                Escape.html("<script>alert('x') & \"y\"</script>"));
    }

    @Test
    void controlCharactersThatHtmlForbidsBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\tc\nd\uFFFD", Escape.html("a\u0000b\tc\nd\u0085"));
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String text = "Effusion by sex×age: 60+ (n = 12) — 0.912";
        assertSame(text, Escape.html(text));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Escape.html(null));
    }

    @Test
    void theMarkupWriterEscapesTextAndAttributeValues() {
        Html html = new Html().element("td", "<b>&", "title", "\"x\" onmouseover='y'", "class", null);
        assertEquals("<td title=\"&quot;x&quot; onmouseover=&#39;y&#39;\">&lt;b&gt;&amp;</td>", html.toString());
    }
}
