package dev.fairness.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Committed TorchScript files carry no debug records: {@code torch.jit.save} writes, beside each module's code, the
 * absolute path of the Python file that defined it, a path of the machine that ran the script. The seeded scripts
 * save through {@code src/test/python/torchscript_files.py}, which drops them (loading needs neither).
 */
class CommittedTorchScriptFilesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void noCommittedTorchScriptFileHoldsDebugRecordsWithTheWritersPaths() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(ROOT.resolve("fairness-maven-plugin/src/test/resources"),
                ROOT.resolve("src/it/_data"), ROOT.resolve("sample-project/src/test"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(f -> f.toString().endsWith(".pt")).sorted().forEach(files::add);
            }
        }
        List<String> withDebugRecords = new ArrayList<>();
        for (Path file : files) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    if (e.nextElement().getName().endsWith(".debug_pkl")) {
                        withDebugRecords.add(ROOT.relativize(file).toString());
                        break;
                    }
                }
            }
        }

        assertEquals(6, files.size(), files.toString());
        assertEquals(List.of(), withDebugRecords, "TorchScript files with debug records (the writer's paths): "
                + "save them with src/test/python/torchscript_files.py");
    }
}
