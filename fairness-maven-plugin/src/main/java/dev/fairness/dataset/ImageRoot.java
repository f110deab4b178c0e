package dev.fairness.dataset;

import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder that a manifest's image paths are resolved against ({@code <imageRoot>}; by default the manifest's
 * folder), and the rule that every image stays inside it. A path may be relative to the root or absolute; either
 * way it must lead to a regular file inside the root <em>after symbolic links are resolved</em>: the check is on
 * the real path ({@link Path#toRealPath}), so a link inside the root, to a file or to a folder, cannot read a file
 * elsewhere. What a path is (directory, FIFO, device, symbolic link loop) is found from its attributes before
 * anything is opened, so a FIFO cannot block the build.
 */
public final class ImageRoot {
    private final Path root;
    private final Path realRoot;

    private ImageRoot(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }

    /**
     * @param configured     {@code <imageRoot>}, or {@code null} for the manifest's folder
     * @param manifestFolder the manifest's folder, absolute
     * @throws InputException if the root does not exist or is not a directory
     */
    public static ImageRoot of(Path configured, Path manifestFolder) {
        Path root = (configured == null ? manifestFolder : configured).toAbsolutePath().normalize();
        String kind;
        try {
            kind = FileKind.of(root);
        } catch (IOException e) {
            throw new InputException(configured == null ? Messages.cannotRead("the manifest's folder", root,
                    String.valueOf(e.getMessage())) : Messages.imageRootNotFound(root));
        }
        if (!"a directory".equals(kind)) {
            throw new InputException(Messages.imageRootNotADirectory(root, kind));
        }
        try {
            return new ImageRoot(root, root.toRealPath());
        } catch (IOException e) {
            throw new InputException(Messages.cannotRead("image root", root, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A root that is not looked for on disk: for reading a manifest's ids and rows where the images are not read
     * ({@link ManifestReader#readWithoutImages}). Symbolic links are resolved only when the root exists.
     */
    static ImageRoot unchecked(Path configured, Path manifestFolder) {
        Path root = (configured == null ? manifestFolder : configured).toAbsolutePath().normalize();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root; // no root here: the paths are only compared as written
        }
        return new ImageRoot(root, real);
    }

    /** The root as configured, absolute and normalised (symbolic links not resolved), for messages and ids. */
    public Path path() {
        return root;
    }

    /** The root with symbolic links resolved: what containment is checked against. */
    public Path realPath() {
        return realRoot;
    }

    /**
     * One manifest cell's image, checked.
     *
     * @param value    the cell, trimmed and not empty
     * @param fileName the manifest's file name, line and column: where the cell is, for messages
     * @return the image as written (normalised, for its id) and its real path (what is read)
     * @throws InputException naming the file, line and column when the path is invalid, leaves the root (as
     *                        written or through a symbolic link), does not exist, is a symbolic link loop, or is
     *                        not a regular file
     */
    Image resolve(String value, String fileName, int line, String column) {
        // as written first: a path that leaves the root in its text is refused without touching the file system
        Path image = asWritten(value, fileName, line, column);
        Path real = realPath(image, value, fileName, line, column);
        if (!real.startsWith(realRoot)) {
            throw new InputException(Messages.imageOutsideRoot(fileName, line, column, value, real, root));
        }
        String kind;
        try {
            kind = FileKind.of(real);
        } catch (IOException e) {
            throw new InputException(Messages.imageUnreadable(Messages.at(fileName, line), real, reason(e)), e);
        }
        if (!FileKind.REGULAR.equals(kind)) {
            throw new InputException(Messages.imageNotAFile(fileName, line, column, value, real, kind));
        }
        return new Image(relativeToRoot(image), real);
    }

    /**
     * One manifest cell's image as written, for its id: the path must stay inside the root in its text (the same
     * check and message as {@link #resolve}), but the file is not looked for; its "real" path is the path as written.
     */
    Image resolveAsWritten(String value, String fileName, int line, String column) {
        Path image = asWritten(value, fileName, line, column);
        return new Image(relativeToRoot(image), image);
    }

    /** The cell's path resolved against the root and normalised, refused when its text leaves the root. */
    private Path asWritten(String value, String fileName, int line, String column) {
        Path image;
        try {
            image = root.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(Messages.invalidImagePath(fileName, line, column, value, e.getReason()), e);
        }
        if (!image.startsWith(root) && !image.startsWith(realRoot)) {
            throw new InputException(Messages.imageOutsideRoot(fileName, line, column, value, image, root));
        }
        return image;
    }

    /** A path that {@link #asWritten} accepted, relative to whichever form of the root it starts with. */
    private Path relativeToRoot(Path image) {
        return image.startsWith(root) ? root.relativize(image) : realRoot.relativize(image);
    }

    private Path realPath(Path image, String value, String fileName, int line, String column) {
        try {
            return image.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(image)) {
                throw new InputException(Messages.imageLinkDangling(fileName, line, column, image, target(image),
                        root), e);
            }
            throw new InputException(Messages.imageNotFound(fileName, line, column, image, root), e);
        } catch (AccessDeniedException e) {
            throw new InputException(Messages.imageUnreadable(Messages.at(fileName, line), image,
                    "permission denied"), e);
        } catch (FileSystemException e) {
            // ELOOP: the JDK gives no exception type of its own, only the system's wording
            if (String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("symbolic link")) {
                throw new InputException(Messages.imageLinkLoop(fileName, line, column, value, image), e);
            }
            throw new InputException(Messages.imageUnreadable(Messages.at(fileName, line), image, reason(e)), e);
        } catch (IOException e) {
            throw new InputException(Messages.imageUnreadable(Messages.at(fileName, line), image, reason(e)), e);
        }
    }

    private static String target(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
    }

    /**
     * A checked image.
     *
     * @param relative the path as written, normalised and relative to the root (the row's default id)
     * @param real     the real path, inside the root's real path: the file that is read
     */
    record Image(Path relative, Path real) {
    }
}
