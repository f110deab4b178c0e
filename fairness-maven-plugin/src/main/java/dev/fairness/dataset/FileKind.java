package dev.fairness.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path that is not a regular file is, in words for messages ("a directory", "a FIFO (named pipe)"), found
 * from its attributes alone: nothing is opened, so a FIFO cannot block the build and a device such as
 * {@code /dev/zero} is never read.
 */
final class FileKind {
    static final String REGULAR = "a regular file";

    // file type bits of st_mode (POSIX), read through the "unix" attribute view where the JDK offers it
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /**
     * @return {@value #REGULAR}, {@code a directory}, {@code a FIFO (named pipe)}, {@code a character device},
     *     {@code a block device}, {@code a socket} or {@code a special file}; symbolic links are followed
     * @throws IOException if the path does not exist or its attributes cannot be read
     */
    static String of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return "a directory";
        }
        return special(path);
    }

    private static String special(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
        return switch (mode & TYPE_MASK) {
            case FIFO -> "a FIFO (named pipe)";
            case CHARACTER_DEVICE -> "a character device";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }
}
