package dev.fairness.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Counts the line ends of a part of a file, through a buffer: the most rows the part can have, which places its
 * rows in arrays allocated once for the whole file. A second look at the part's bytes, but a cheap one: reading the
 * bytes into the buffer again and one compare a byte, where sizing the arrays by a guess would copy every column
 * into fresh memory at the end.
 */
final class LineEnds {
    private LineEnds() {
    }

    /** How many line ends {@code [from, to)} has, plus one for a last line without one. */
    static int mostRows(FileChannel channel, byte[] buffer, long from, long to) throws IOException, CsvUnsupported {
        int count = 0;
        byte last = '\n';
        for (long at = from; at < to; ) {
            int read = channel.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, to - at)), at);
            if (read <= 0) {
                throw new CsvUnsupported(); // the file became shorter while read: the full parser reads it again
            }
            count += count(buffer, read);
            last = buffer[read - 1];
            at += read;
        }
        return last != '\n' ? count + 1 : count;
    }

    private static int count(byte[] b, int length) {
        int count = 0;
        for (int p = 0; p < length; p++) {
            if (b[p] == '\n') {
                count++;
            }
        }
        return count;
    }
}
