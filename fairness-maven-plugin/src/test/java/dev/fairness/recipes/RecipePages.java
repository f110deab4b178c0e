package dev.fairness.recipes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The recipes as the documentation prints them: the first fenced block of a language under a heading. The runs
 * use these blocks unchanged, so a user who copies a recipe copies what was run.
 */
final class RecipePages {
    static final Path CI = Path.of("src/site/markdown/ci.md");
    static final Path SHARDING = Path.of("src/site/markdown/sharding.md");

    private RecipePages() {
    }

    /** The first {@code ```language} block after the line {@code heading}. */
    static String block(Path page, String heading, String language) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + page, e);
        }
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException(page + " has no heading '" + heading + "'");
        }
        for (int i = start + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("```" + language)) {
                StringBuilder block = new StringBuilder();
                for (int j = i + 1; !lines.get(j).equals("```"); j++) {
                    block.append(lines.get(j)).append('\n');
                }
                return block.toString();
            }
        }
        throw new IllegalStateException(page + " has no " + language + " block under '" + heading + "'");
    }
}
