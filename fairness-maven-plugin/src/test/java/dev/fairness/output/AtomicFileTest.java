package dev.fairness.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileHasTheModeOfAnyNewFileNotThePrivateModeOfATemporaryFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes only");
        // what the umask gives a plainly created file: rw-r--r-- under the usual 022
        Path plain = Files.createFile(dir.resolve("plain"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        assumeTrue(usual.contains(PosixFilePermission.OTHERS_READ),
                "the umask gives new files no read permission for others; the test would not tell 0600 apart");

        Path written = dir.resolve("fairness.json");
        AtomicFile.write(written, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertEquals(PosixFilePermissions.toString(usual),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
    }

    @Test
    void aFileSystemWithoutAtomicMovesGetsTheFileByAPlainMove() throws IOException {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "old");
        List<String> moves = new ArrayList<>();
        AtomicFile.Mover noAtomicMoves = (from, to, options) -> {
            moves.add(Arrays.toString(options));
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not on this file system");
            }
            Files.move(from, to, options);
        };

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), noAtomicMoves);

        assertEquals("new", Files.readString(target));
        assertEquals(List.of("[ATOMIC_MOVE, REPLACE_EXISTING]", "[REPLACE_EXISTING]"), moves);
        assertEquals(List.of(target), listing());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("predictions.csv");
        Files.writeString(target, "old");

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void theFolderIsCreatedWhenMissing() throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("fairness.json");

        AtomicFile.write(target, out -> out.write('x'));

        assertEquals("x", Files.readString(target));
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
