package dev.fairness.dataset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.fairness.dataset.Errors.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where images may be: inside the image root after symbolic links are resolved, and regular files. */
class ImageRootTest {
    private static final LabelSpec EFFUSION = LabelSpec.binaryColumns(List.of("Effusion"));

    @TempDir
    Path dir;
    Path data;
    Path manifest;
    Path secret;

    @BeforeEach
    void testSet() throws IOException {
        dir = dir.toRealPath();
        data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve("images"));
        Files.write(data.resolve("images/a.png"), new byte[] {1});
        manifest = data.resolve("manifest.csv");
        secret = Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0");
    }

    private void manifest(String content) throws IOException {
        Files.write(manifest, content.getBytes(StandardCharsets.UTF_8));
    }

    private Manifest read(Path imageRoot) {
        return ManifestReader.read(new ManifestSpec(manifest, null, null, EFFUSION, List.of(), imageRoot));
    }

    private String outside(String value, Path resolved, Path root) {
        return "manifest.csv, line 3, column 'image': image path '" + value + "' resolves to " + resolved
                + ", outside the image root " + root + " (symbolic links are followed). Move the image into the"
                + " image root (or a subfolder), or set <imageRoot> to a folder that contains it.";
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheRootIsRefusedNamingWhereItLeads() throws IOException {
        Files.createSymbolicLink(data.resolve("images/link.png"), secret);
        manifest("image,Effusion\nimages/a.png,1\nimages/link.png,0\n");
        assertInputError(outside("images/link.png", secret, data), () -> read(null));
    }

    @Test
    void aSymbolicLinkToAFolderOutsideTheRootIsRefused() throws IOException {
        Files.createSymbolicLink(data.resolve("images/shared"), secret.getParent());
        manifest("image,Effusion\nimages/a.png,1\nimages/shared/secret.txt,0\n");
        assertInputError(outside("images/shared/secret.txt", secret, data), () -> read(null));
    }

    @Test
    void aSymbolicLinkThatStaysInsideTheRootIsReadThroughItsRealPath() throws IOException {
        Files.createSymbolicLink(data.resolve("images/alias.png"), data.resolve("images/a.png"));
        manifest("image,Effusion\nimages/alias.png,1\n");
        ManifestRow row = read(null).row(0);
        assertEquals("images/alias.png", row.id());
        assertEquals(data.resolve("images/a.png"), row.image());
    }

    @Test
    void imagesAreResolvedAgainstAConfiguredRootElsewhereWithIdsRelativeToIt() throws IOException {
        Path volume = Files.createDirectories(dir.resolve("volume/cxr"));
        Files.write(volume.resolve("p1.png"), new byte[] {2});
        manifest("image,Effusion\ncxr/p1.png,1\n");
        ManifestRow row = read(dir.resolve("volume")).row(0);
        assertEquals("cxr/p1.png", row.id());
        assertEquals(volume.resolve("p1.png"), row.image());
    }

    @Test
    void aRootThatIsASymbolicLinkIsResolvedOnceAndItsImagesAreInsideIt() throws IOException {
        Path volume = Files.createDirectories(dir.resolve("volume/cxr"));
        Files.write(volume.resolve("p1.png"), new byte[] {2});
        Path mount = Files.createSymbolicLink(dir.resolve("mnt"), dir.resolve("volume"));
        manifest("image,Effusion\ncxr/p1.png,1\n" + mount.resolve("cxr/p1.png") + ",0\n");
        assertInputError("manifest.csv, line 3, column 'image': duplicate id 'cxr/p1.png' (also on line 2)."
                + " Ids must be unique: remove the duplicate row or use a column with unique values as the id.",
                () -> read(mount));
        manifest("image,Effusion\ncxr/p1.png,1\n");
        assertEquals(volume.resolve("p1.png"), read(mount).row(0).image());
    }

    @Test
    void anAbsolutePathIsAllowedInsideTheRootAndGetsTheSameIdAsARelativeOne() throws IOException {
        manifest("image,Effusion\n" + data.resolve("images/a.png") + ",1\nimages/a.png,0\n");
        assertInputError("manifest.csv, line 3, column 'image': duplicate id 'images/a.png' (also on line 2)."
                + " Ids must be unique: remove the duplicate row or use a column with unique values as the id.",
                () -> read(null));
    }

    @Test
    void anAbsolutePathOutsideTheRootIsRefused() throws IOException {
        manifest("image,Effusion\nimages/a.png,1\n" + secret + ",0\n");
        assertInputError(outside(secret.toString(), secret, data), () -> read(null));
    }

    @Test
    void aDirectoryGivenAsAnImageIsNamedADirectory() throws IOException {
        manifest("image,Effusion\nimages/a.png,1\nimages,0\n");
        assertInputError("manifest.csv, line 3, column 'image': image path 'images' is a directory ("
                + data.resolve("images") + "); expected an image file. Give the path of a PNG or JPEG file, or"
                + " remove the row.", () -> read(null));
    }

    @Test
    void aFifoGivenAsAnImageIsNamedAndNeverOpened() throws Exception {
        Path fifo = data.resolve("images/pipe.png");
        assumeTrue(mkfifo(fifo), "mkfifo is not available on this system");
        manifest("image,Effusion\nimages/a.png,1\nimages/pipe.png,0\n");
        // opening a FIFO with no writer blocks forever: the timeout proves the reader only looked at its type
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertInputError(
                "manifest.csv, line 3, column 'image': image path 'images/pipe.png' is a FIFO (named pipe), not a"
                        + " regular file (" + fifo + "); expected an image file. Give the path of a PNG or JPEG"
                        + " file, or remove the row.", () -> read(null)));
    }

    @Test
    void aDeviceGivenAsAnImageIsNamedADevice() throws IOException {
        Path devices = Path.of("/dev");
        assumeTrue(Files.exists(devices.resolve("zero")), "no /dev/zero on this system");
        manifest("image,Effusion\nnull,1\nzero,0\n");
        assertInputError("manifest.csv, line 2, column 'image': image path 'null' is a character device, not a"
                + " regular file (/dev/null); expected an image file. Give the path of a PNG or JPEG file, or remove"
                + " the row.", () -> read(devices));
    }

    @Test
    void aSymbolicLinkLoopIsNamedALoop() throws IOException {
        Path loop = data.resolve("images/loop.png");
        Files.createSymbolicLink(loop, loop.getFileName());
        manifest("image,Effusion\nimages/a.png,1\nimages/loop.png,0\n");
        assertInputError("manifest.csv, line 3, column 'image': image path 'images/loop.png' is a symbolic link loop ("
                + loop + " leads back to itself, directly or through other links). Fix the link or remove the row.",
                () -> read(null));
    }

    @Test
    void aSymbolicLinkToNothingSaysWhereItPoints() throws IOException {
        Path link = data.resolve("images/gone.png");
        Files.createSymbolicLink(link, Path.of("moved/gone.png"));
        manifest("image,Effusion\nimages/a.png,1\nimages/gone.png,0\n");
        assertInputError("manifest.csv, line 3, column 'image': image file not found: " + link + " is a symbolic"
                + " link to moved/gone.png, which does not exist. Fix the link or the path (relative to the image"
                + " root " + data + "), or remove the row.", () -> read(null));
    }

    @Test
    void aManifestThatIsADirectoryGetsItsOwnMessage() {
        manifest = data;
        assertInputError("Test set manifest " + data + " is a directory, not a CSV file. Set <manifest> to the CSV"
                + " file that lists the images (e.g. " + data.resolve("manifest.csv") + ").", () -> read(null));
    }

    @Test
    void aManifestThatIsAFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = data.resolve("manifest-pipe.csv");
        assumeTrue(mkfifo(fifo), "mkfifo is not available on this system");
        manifest = fifo;
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertInputError("Test set manifest "
                + fifo + " is a FIFO (named pipe), not a regular file. Set <manifest> to a CSV file.",
                () -> read(null)));
    }

    @Test
    void aMissingOrFileImageRootIsRefused() throws IOException {
        manifest("image,Effusion\nimages/a.png,1\n");
        Path missing = dir.resolve("no-such-volume");
        assertInputError("Image root not found: " + missing + ". Set <imageRoot> to the existing folder the"
                + " manifest's image paths are relative to, or leave it out to use the manifest's folder.",
                () -> read(missing));
        assertInputError("Image root " + secret + " is a regular file, not a directory. Set <imageRoot> to the"
                + " folder the manifest's image paths are relative to, or leave it out to use the manifest's"
                + " folder.", () -> read(secret));
    }

    @Test
    void controlCharactersInAPathAreShownVisiblyInTheMessage() throws IOException {
        manifest("image,Effusion\nimages/a.png,1\n\"images/x\n[INFO] BUILD SUCCESS\u001b[2J.png\",0\n");
        assertInputError("manifest.csv, line 3, column 'image': image file not found: " + data
                + "/images/x\\n[INFO] BUILD SUCCESS\\u001b[2J.png. Fix the path (relative to the image root " + data
                + ") or remove the row.", () -> read(null));
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
