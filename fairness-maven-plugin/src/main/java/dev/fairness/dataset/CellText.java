package dev.fairness.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/** The text of a CSV cell from its bytes, as Jackson gives it: UTF-8, untrimmed, {@code ""} read as {@code "}. */
final class CellText {
    private CellText() {
    }

    /**
     * @param escaped whether the cell was quoted with {@code ""} inside
     * @param utf8    a strict decoder (one per reader: decoders are not thread-safe)
     * @throws CsvUnsupported when the bytes are not UTF-8
     */
    static String of(byte[] b, int start, int end, boolean escaped, CharsetDecoder utf8) throws CsvUnsupported {
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        String text;
        if (ascii) {
            text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        } else {
            try {
                text = utf8.decode(ByteBuffer.wrap(b, start, end - start)).toString();
            } catch (CharacterCodingException notUtf8) {
                throw new CsvUnsupported();
            }
        }
        return escaped ? text.replace("\"\"", "\"") : text;
    }
}
