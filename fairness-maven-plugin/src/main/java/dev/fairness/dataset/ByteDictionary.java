package dev.fairness.dataset;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct cells of one attribute column in one part of a file, each byte sequence given a code in the order it
 * first appears: a cell of an attribute (sex, age, site) becomes its code with one hash of a few bytes and no object.
 * Each distinct sequence is copied and made into its text (as the full parser reads it: UTF-8, spreadsheet marks
 * removed) once, when first met. One per part and thread; the parts' codes are merged in file order.
 */
final class ByteDictionary {
    private static final int NONE = -1;

    private final int[] single = new int[256]; // the code of each one-byte cell (M, F, 1, ...)
    private int[] table = new int[64]; // code + 1 of multi-byte cells by hash; 0 is empty
    private int[] hashes = new int[64];
    private int shift = 32 - 6; // the table's slot is the top bits of hash times the golden ratio
    private byte[] keys = new byte[256];
    private int[] keyStarts = new int[16];
    private int keyBytes;
    private final List<String> texts = new ArrayList<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    ByteDictionary() {
        Arrays.fill(single, NONE);
    }

    /** The code of the cell {@code b[start, end)}; a new code when these bytes were not seen before. */
    int code(byte[] b, int start, int end) throws CsvUnsupported {
        if (end - start == 1) {
            int code = single[b[start] & 0xFF];
            return code != NONE ? code : addSingle(b, start);
        }
        int hash = hash(b, start, end);
        int mask = table.length - 1;
        int slot = (hash * 0x9E3779B9) >>> shift;
        int entry;
        while ((entry = table[slot]) != 0) {
            if (hashes[slot] == hash && sameKey(entry - 1, b, start, end)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return add(b, start, end, hash, slot);
    }

    /** The text of each code, in code order. */
    List<String> texts() {
        return texts;
    }

    private static int hash(byte[] b, int start, int end) {
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + b[i];
        }
        return hash;
    }

    private boolean sameKey(int code, byte[] b, int start, int end) {
        return Arrays.equals(keys, keyStarts[code], keyStarts[code + 1], b, start, end);
    }

    private int addSingle(byte[] b, int start) throws CsvUnsupported {
        int code = newCode(b, start, start + 1);
        single[b[start] & 0xFF] = code;
        return code;
    }

    private int add(byte[] b, int start, int end, int hash, int slot) throws CsvUnsupported {
        int code = newCode(b, start, end);
        table[slot] = code + 1;
        hashes[slot] = hash;
        if (2 * texts.size() > table.length) {
            rehash();
        }
        return code;
    }

    /** Keeps the key's bytes and text; bytes that are not UTF-8 leave the file to the full parser. */
    private int newCode(byte[] b, int start, int end) throws CsvUnsupported {
        String text = SpreadsheetText.restore(CellText.of(b, start, end, false, utf8));
        int code = texts.size();
        texts.add(text);
        if (code + 2 > keyStarts.length) {
            keyStarts = Arrays.copyOf(keyStarts, keyStarts.length * 2);
        }
        int length = end - start;
        if (keyBytes + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keyBytes + length));
        }
        System.arraycopy(b, start, keys, keyBytes, length);
        keyStarts[code] = keyBytes;
        keyBytes += length;
        keyStarts[code + 1] = keyBytes;
        return code;
    }

    private void rehash() {
        int[] oldTable = table;
        int[] oldHashes = hashes;
        table = new int[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        shift--;
        int mask = table.length - 1;
        for (int s = 0; s < oldTable.length; s++) {
            if (oldTable[s] != 0) {
                int slot = (oldHashes[s] * 0x9E3779B9) >>> shift;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[s];
                hashes[slot] = oldHashes[s];
            }
        }
    }
}
