package dev.fairness.maven;

import dev.fairness.Sha256;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.ReportPage;
import dev.fairness.report.ReportSource;
import org.apache.maven.project.MavenProject;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One evaluation per build: the goal that evaluates (normally {@code check}, in {@code verify}) leaves it on the
 * {@link MavenProject}, and a later {@code report} of the same build with the same configuration renders from it
 * instead of running the model again.
 *
 * <p>The key is the SHA-256 of the engine's {@link EvaluationSpec} (every parameter that shapes the result, the
 * output directory included): a report configured differently from the check evaluates on its own.
 *
 * <p>What is stored holds JDK types only: a {@code Function<Locale, Map<String, String>>} that renders the
 * report ({@link ReportPage#toMap()}). The Maven site plugin loads report goals in a class realm of its own (with
 * its Doxia and reporting API), so a {@code report} run by {@code mvn site} sees the plugin's classes a second
 * time: an {@code EvaluationResult} left by {@code check} would not even be an instance of its
 * {@code EvaluationResult} class, and a static field would be a different field. A JDK function crosses that
 * boundary; it renders with the classes of the goal that evaluated, which are the same plugin version.
 */
final class SharedEvaluation {
    static final String KEY_PREFIX = "dev.fairness.evaluation:";

    private SharedEvaluation() {
    }

    /** Leaves the evaluation of {@code spec} for the later goals of this build. */
    static void publish(MavenProject project, EvaluationSpec spec, ReportSource source) {
        publish(project, spec, ComparisonSpec.NONE, source);
    }

    /** Leaves the evaluation of {@code spec} and {@code comparison} (models, baseline) for the later goals. */
    static void publish(MavenProject project, EvaluationSpec spec, ComparisonSpec comparison, ReportSource source) {
        Function<Locale, Map<String, String>> render = locale -> HtmlReport.render(source, locale).toMap();
        project.setContextValue(key(spec, comparison), render);
    }

    /** The report of an evaluation of {@code spec} that an earlier goal of this build left, if any. */
    static Optional<ReportPage> find(MavenProject project, EvaluationSpec spec, Locale locale) {
        return find(project, spec, ComparisonSpec.NONE, locale);
    }

    /**
     * The report of an evaluation of {@code spec} and {@code comparison} that an earlier goal of this build left:
     * a comparison of other models or another baseline is another evaluation, even when the one-model spec is the same.
     */
    @SuppressWarnings("unchecked")
    static Optional<ReportPage> find(MavenProject project, EvaluationSpec spec, ComparisonSpec comparison,
                                     Locale locale) {
        Object shared = project.getContextValue(key(spec, comparison));
        if (!(shared instanceof Function<?, ?> render)) {
            return Optional.empty();
        }
        return Optional.of(ReportPage.fromMap(((Function<Locale, Map<?, ?>>) render).apply(locale)));
    }

    /** True when the shared evaluation was left by classes of another class realm (the site's report realm). */
    static boolean isFromAnotherRealm(MavenProject project, EvaluationSpec spec, ComparisonSpec comparison) {
        Object shared = project.getContextValue(key(spec, comparison));
        return shared != null && shared.getClass().getClassLoader() != SharedEvaluation.class.getClassLoader();
    }

    static String key(EvaluationSpec spec) {
        return key(spec, ComparisonSpec.NONE);
    }

    static String key(EvaluationSpec spec, ComparisonSpec comparison) {
        return KEY_PREFIX + Sha256.of(comparison.isActive() ? spec + "\n" + comparison : spec.toString());
    }
}
