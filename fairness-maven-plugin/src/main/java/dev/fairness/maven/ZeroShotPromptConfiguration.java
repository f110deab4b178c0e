package dev.fairness.maven;

import java.util.List;

/**
 * One {@code <prompt>} of {@code <zeroShot><prompts>}: how one class or finding is named in the prompts, and its own
 * templates where they differ from the shared ones. Read by {@link ZeroShotReader}.
 */
public class ZeroShotPromptConfiguration {
    /** The class or finding, as {@code <labels>} or {@code <classes>} name it. */
    String label;
    /** What replaces {@code {}} in the templates; by default the label. */
    String name;
    /** This class's templates, replacing {@code <zeroShot><templates>}. */
    List<String> templates;
    /** This finding's negative templates, replacing {@code <zeroShot><negativeTemplates>}. */
    List<String> negativeTemplates;
}
