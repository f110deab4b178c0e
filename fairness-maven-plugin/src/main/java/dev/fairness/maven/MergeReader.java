package dev.fairness.maven;

import dev.fairness.InputException;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@code fairness:merge} merges: {@code <shards>}, and the model and manifest the shards must match. */
final class MergeReader {
    private MergeReader() {
    }

    /** @throws InputException when there is nothing to merge, or the configuration cannot be merged */
    static List<Path> folders(List<File> shards, Configuration c) {
        if (c.predictions != null) {
            throw new InputException("fairness:merge merges the scores of <model> on <manifest> from shards, but "
                    + "<predictions> is set. Judge <predictions> with fairness:check; merge with <model> and "
                    + "<manifest> set as in the jobs that scored the shards.");
        }
        if (c.model == null || c.manifest == null) {
            throw new InputException("fairness:merge needs <model> and <manifest>, as in the jobs that scored the "
                    + "shards: every shard is checked against them, and the manifest gives the rows, their truth and "
                    + "attributes.");
        }
        List<Path> folders = new ArrayList<>();
        if (shards != null) {
            for (File folder : shards) {
                if (folder != null && !folder.getPath().isBlank()) {
                    folders.add(InputsReader.path(folder));
                }
            }
        }
        if (folders.isEmpty()) {
            throw new InputException("fairness:merge needs <shards>: the folders holding the shards' outputs "
                    + "(shard-<i>-of-<n>.json and .csv, also in subfolders), e.g. -Dfairness.shards=shards.");
        }
        return folders;
    }
}
