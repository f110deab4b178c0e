package dev.fairness.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** The messages of a failure to write into the output directory: what failed, where, and what to do. */
final class OutputMessages {
    static final String SET_ANOTHER = "or set <outputDirectory> (property fairness.outputDirectory) to a writable "
            + "folder.";

    private OutputMessages() {
    }

    static String isAFile(Path folder) {
        return "The output directory " + folder + " is a file, not a folder. Delete or rename the file, " + SET_ANOTHER;
    }

    static String cannotCreate(Path folder, IOException e) {
        return "Could not create the output directory " + folder + " (" + reason(e) + "). Check that its parent "
                + "folders exist as folders and are writable, " + SET_ANOTHER;
    }

    static String notWritable(Path folder, IOException e) {
        return "Cannot write into the output directory " + folder + " (" + reason(e) + "). Make it writable for the "
                + "user running Maven, " + SET_ANOTHER;
    }

    static String cannotRemove(Path file, IOException e) {
        return "Could not remove the previous result " + file + " (" + reason(e) + "); it would be taken for this "
                + "build's result. Delete it and make the output directory writable, " + SET_ANOTHER;
    }

    static String cannotWrite(Path file, IOException e) {
        return "Could not write " + file + " (" + reason(e) + "). Check that the output directory is writable and "
                + "the disk has space, " + SET_ANOTHER;
    }

    /** What went wrong in words, without the path (the message names it) and without Java class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
