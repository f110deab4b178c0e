package dev.fairness.maven;

import dev.fairness.compare.Baseline;
import dev.fairness.compare.ComparisonEvaluator;
import dev.fairness.output.OutputFolder;
import dev.fairness.report.ResultFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-model folders of an earlier comparison that this run will not write: {@code models/<name>/} of a model
 * no longer in {@code <models>} (all of them when {@code <models>} is gone), and {@code baseline/} when no
 * {@code <baseline>} is set. Left in place, such a folder's fairness.json would sit beside this run's results and
 * could pass for one of them. The folders of this run's models are cleared by the comparison itself.
 */
final class StaleModelFolders {
    /** The score cache's folder in a model's folder (the engine's {@code StoredScores.FOLDER}). */
    static final String SCORE_CACHE = "cache";

    private StaleModelFolders() {
    }

    /**
     * Removes them (the result files, the score cache, then the folder when nothing else is in it), before anything
     * of the configuration is checked: the names are taken as written.
     *
     * @return the folders removed, for the log
     */
    static List<Path> remove(Configuration c) {
        Path out = InputsReader.path(c.outputDirectory);
        Set<String> models = new HashSet<>();
        if (c.models != null) {
            for (ModelConfiguration m : c.models) {
                if (m != null && m.name != null) {
                    models.add(m.name.trim());
                }
            }
        }
        List<Path> removed = new ArrayList<>();
        Path modelsFolder = out.resolve(ComparisonEvaluator.MODELS_FOLDER);
        for (Path folder : subfolders(modelsFolder)) {
            if (!models.contains(folder.getFileName().toString()) && remove(folder)) {
                removed.add(folder);
            }
        }
        if (subfolders(modelsFolder).isEmpty() && Files.isDirectory(modelsFolder)
                && OutputFolder.removeFolder(modelsFolder, List.of(), List.of())) {
            removed.add(modelsFolder);
        }
        Path baseline = out.resolve(Baseline.NAME);
        if (c.baseline == null && Files.isDirectory(baseline) && remove(baseline)) {
            removed.add(baseline);
        }
        return removed;
    }

    private static boolean remove(Path folder) {
        return OutputFolder.removeFolder(folder, ResultFiles.ALL, List.of(SCORE_CACHE));
    }

    private static List<Path> subfolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var paths = Files.list(folder)) {
            return paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // unreadable: nothing of it can be taken for this run's result by a reader either
        }
    }
}
