package dev.fairness.maven;

import dev.fairness.Sha256;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.ReportPage;
import dev.fairness.report.ReportSource;
import org.apache.maven.project.MavenProject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One evaluation per build: the goal that evaluates (normally {@code check}, in {@code verify}) leaves it on the
 * {@link MavenProject}, and a later {@code report} of the same build with the same configuration renders from it
 * instead of running the model again.
 *
 * <p>The key is the SHA-256 of the engine's {@link EvaluationSpec} (every parameter that shapes the result, the
 * output directory included): a report configured differently from the check evaluates on its own. It is computed
 * only when a report looks for an evaluation, not when check leaves one: the spec's text comes from its records'
 * generated {@code toString}, whose first call on a cold JVM spins about 140 method-handle classes (about 0.1 s of
 * CPU) that a build without a report goal never needs.
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
    /** The project's context value holding every evaluation left in this build, oldest first. */
    static final String EVALUATIONS = "dev.fairness.evaluations";

    private SharedEvaluation() {
    }

    /** Leaves the evaluation of {@code spec} for the later goals of this build. */
    static void publish(MavenProject project, EvaluationSpec spec, ReportSource source) {
        publish(project, spec, ComparisonSpec.NONE, source);
    }

    /** Leaves the evaluation of {@code spec} and {@code comparison} (models, baseline) for the later goals. */
    static void publish(MavenProject project, EvaluationSpec spec, ComparisonSpec comparison, ReportSource source) {
        Function<Locale, Map<String, String>> render = locale -> HtmlReport.render(source, locale).toMap();
        Supplier<String> key = new LazyKey(spec, comparison);
        evaluations(project).add(Map.entry(key, render));
    }

    /** The list of (key, render) pairs on the project, made on first use; JDK types only, so any realm reads it. */
    @SuppressWarnings("unchecked")
    private static List<Map.Entry<Supplier<String>, Function<Locale, ?>>> evaluations(MavenProject project) {
        synchronized (project) {
            Object shared = project.getContextValue(EVALUATIONS);
            if (shared instanceof List<?> list) {
                return (List<Map.Entry<Supplier<String>, Function<Locale, ?>>>) list;
            }
            List<Map.Entry<Supplier<String>, Function<Locale, ?>>> list = new CopyOnWriteArrayList<>();
            project.setContextValue(EVALUATIONS, list);
            return list;
        }
    }

    /** The latest evaluation left with {@code key}, or null. */
    private static Function<Locale, ?> shared(MavenProject project, String key) {
        Object shared = project.getContextValue(EVALUATIONS);
        if (!(shared instanceof List<?> list)) {
            return null;
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Map.Entry<?, ?> entry && entry.getKey() instanceof Supplier<?> leftKey
                    && key.equals(leftKey.get()) && entry.getValue() instanceof Function<?, ?> render) {
                @SuppressWarnings("unchecked")
                Function<Locale, ?> typed = (Function<Locale, ?>) render;
                return typed;
            }
        }
        return null;
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
        Function<Locale, ?> render = shared(project, key(spec, comparison));
        if (render == null) {
            return Optional.empty();
        }
        return Optional.of(ReportPage.fromMap((Map<?, ?>) render.apply(locale)));
    }

    /** True when the shared evaluation was left by classes of another class realm (the site's report realm). */
    static boolean isFromAnotherRealm(MavenProject project, EvaluationSpec spec, ComparisonSpec comparison) {
        Function<Locale, ?> shared = shared(project, key(spec, comparison));
        return shared != null && shared.getClass().getClassLoader() != SharedEvaluation.class.getClassLoader();
    }

    static String key(EvaluationSpec spec) {
        return key(spec, ComparisonSpec.NONE);
    }

    static String key(EvaluationSpec spec, ComparisonSpec comparison) {
        return KEY_PREFIX + Sha256.of(comparison.isActive() ? spec + "\n" + comparison : spec.toString());
    }

    /** The key of one evaluation, computed on the first report that asks (then kept). */
    private static final class LazyKey implements Supplier<String> {
        private final EvaluationSpec spec;
        private final ComparisonSpec comparison;
        private volatile String key;

        LazyKey(EvaluationSpec spec, ComparisonSpec comparison) {
            this.spec = spec;
            this.comparison = comparison;
        }

        @Override
        public String get() {
            String known = key;
            if (known == null) {
                known = key(spec, comparison);
                key = known;
            }
            return known;
        }
    }
}
