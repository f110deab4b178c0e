package dev.fairness.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader sees the old content or the whole new one, never a part: the bytes go to a
 * temporary file beside the target, are forced to disk, and the temporary file is moved over the target in one
 * rename. Where the file system cannot rename atomically, it falls back to a plain replacing move.
 *
 * <p>The temporary file is created like any other file ({@code CREATE_NEW}), so the result gets the usual mode
 * ({@code 0644} under a {@code 022} umask). {@link Files#createTempFile} would create it {@code 0600}, and the move
 * would keep that: artifacts another user or a CI container with another uid cannot read.
 */
public final class AtomicFile {
    /** Writes the content into an open stream; the stream is closed by {@link AtomicFile}, closing it is harmless. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The final rename; a parameter only so that tests can make the atomic move unsupported. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to, StandardCopyOption... options) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}, creating its folder when needed.
     *
     * @throws IOException when the folder or the file cannot be written or the move fails (the target is then
     *                     unchanged, and no temporary file is left)
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, (from, to, options) -> Files.move(from, to, options));
    }

    static void write(Path target, Content content, Mover mover) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + file.getFileName() + "." + TemporaryNames.unique() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new FilterOutputStream(
                        new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel stays open until it is forced to disk
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, file, mover);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves a finished file over {@code target} in one rename, or by a plain replacing move where the file system
     * cannot rename atomically: for files written elsewhere first (the score cache names its file by its hash).
     */
    public static void move(Path from, Path target) throws IOException {
        move(from, target, (f, t, options) -> Files.move(f, t, options));
    }

    static void move(Path from, Path target, Mover mover) throws IOException {
        try {
            mover.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            mover.move(from, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
