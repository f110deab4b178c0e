package dev.fairness.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder read-only for this process, also when it runs as root (as in many CI containers), where the mode
 * alone does not stop writes: then the folder is also made immutable with {@code chattr +i}. {@link #close()}
 * undoes both.
 */
final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private boolean immutable;

    private ReadOnlyFolder(Path folder) {
        this.folder = folder;
    }

    /** @return the read-only folder, or null when this process can write into it whatever was tried */
    static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canWrite(folder)) {
            readOnly.immutable = run("chattr", "+i", folder.toString()) && !canWrite(folder);
            if (!readOnly.immutable) {
                readOnly.close();
                return null;
            }
        }
        return readOnly;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                run("chattr", "-i", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean canWrite(Path folder) {
        Path probe = folder.resolve("probe");
        try {
            Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a command; false when it fails or does not exist. */
    static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no chattr on this system
        }
    }
}
