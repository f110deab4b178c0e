package dev.fairness.shard;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shards' descriptors ({@code shard-<i>-of-<n>.json}) in the folders a merge is given, and in their
 * subfolders: CI systems download each job's artifact into a folder of its own.
 */
public final class ShardFolders {
    private ShardFolders() {
    }

    /**
     * @param folders the folders to search, each existing
     * @return every descriptor found, in path order
     * @throws InputException when a folder is missing or a descriptor cannot be read
     */
    public static List<FoundShard> find(List<Path> folders) {
        List<FoundShard> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new InputException("The shard folder " + folder + " does not exist or is not a folder. Set "
                        + "<shards> (-Dfairness.shards) to the folders holding the shards' outputs "
                        + "(shard-<i>-of-<n>.json with its .csv).");
            }
            for (Path file : descriptors(folder)) {
                found.add(new FoundShard(file, read(file)));
            }
        }
        return found;
    }

    private static List<Path> descriptors(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> ShardFiles.DESCRIPTOR.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException("Could not list the shard folder " + folder + " (" + e.getMessage() + "). "
                    + "Check that it is readable.", e);
        }
    }

    private static ShardDescriptor read(Path file) {
        ShardDescriptor descriptor;
        try {
            descriptor = ShardFiles.JSON.readValue(file.toFile(), ShardDescriptor.class);
        } catch (IOException e) {
            throw notADescriptor(file, "it cannot be read as JSON (" + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + ")");
        }
        if (descriptor == null || descriptor.format() != ShardFiles.FORMAT) {
            throw notADescriptor(file, "its format is " + (descriptor == null ? "missing" : descriptor.format())
                    + ", this plugin reads format " + ShardFiles.FORMAT);
        }
        if (descriptor.shards() < 1 || descriptor.shard() < 1 || descriptor.shard() > descriptor.shards()
                || descriptor.scores() == null || descriptor.scoresSha256() == null
                || descriptor.configuration() == null) {
            throw notADescriptor(file, "it lacks the shard number, the scores file or the configuration");
        }
        return descriptor;
    }

    private static InputException notADescriptor(Path file, String why) {
        return new InputException(file + " is not a shard descriptor that this plugin wrote: " + why + ". Score the "
                + "shard again with -Dfairness.shard=i/n, or remove the file from the shard folders.");
    }
}
