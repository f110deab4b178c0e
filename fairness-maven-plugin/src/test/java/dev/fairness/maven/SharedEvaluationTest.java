package dev.fairness.maven;

import dev.fairness.compare.ComparisonSpec;
import dev.fairness.compare.NamedModel;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Groupings;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.GapMethod;
import dev.fairness.report.ReportPage;
import dev.fairness.report.ReportSource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One evaluation per build: what check leaves on the project, and who finds it. */
class SharedEvaluationTest {
    @TempDir
    Path dir;

    /** Eight samples in two groups, TPR 1.0 for a and 0.5 for b, gated by a TPR difference of at most {@code maximum}. */
    static EvaluationSpec spec(Path dir, double maximum) throws IOException {
        Path csv = dir.resolve("predictions.csv");
        if (!Files.exists(csv)) {
            Files.writeString(csv, "id,true_y,score_y,group\n1,1,0.9,a\n2,1,0.8,a\n3,0,0.2,a\n4,0,0.1,a\n"
                    + "5,1,0.7,b\n6,1,0.3,b\n7,0,0.2,b\n8,0,0.6,b\n");
        }
        Rule rule = new Rule(Measure.parse("tpr"), "group", null, GapMethod.DIFFERENCE, null, maximum, null,
                MissingPolicy.WARN);
        return EvaluationSpec.of(Inputs.predictions(csv, LabelSpec.binaryColumns(List.of("y"))), dir.resolve("out"))
                .withGroupings(Groupings.of("group").withMinGroupSize(1).withMinClassCount(0))
                .withRules(rule);
    }

    private static MavenProject project() {
        MavenProject project = new MavenProject();
        project.setName("shared-demo");
        return project;
    }

    @Test
    void aReportWithTheSameConfigurationRendersTheEvaluationCheckLeft() throws IOException {
        MavenProject project = project();
        EvaluationResult result = Evaluations.evaluate(new Evaluator(EvaluationLog.SILENT, "1.0"), spec(dir, 0.1), project).result();
        assertFalse(result.verdict().passed());
        assertTrue(Files.isRegularFile(dir.resolve("out/fairness.json")));

        Optional<ReportPage> page = SharedEvaluation.find(project, spec(dir, 0.1), Locale.ENGLISH);
        assertTrue(page.isPresent());
        assertEquals("Fairness checks not met: 0 of 1 rule met, 1 violated, 0 undetermined.", page.get().summary());
        assertEquals("Fairness report: shared-demo", page.get().title());
        assertTrue(page.get().fragment().contains("<td class=\"fr-num\">0.500</td>"), "the TPR difference");
    }

    @Test
    void aReportConfiguredDifferentlyFindsNothingAndEvaluatesOnItsOwn() throws IOException {
        MavenProject project = project();
        Evaluations.evaluate(new Evaluator(EvaluationLog.SILENT, "1.0"), spec(dir, 0.1), project);
        assertTrue(SharedEvaluation.find(project, spec(dir, 0.6), Locale.ENGLISH).isEmpty());
        assertTrue(SharedEvaluation.find(project(), spec(dir, 0.1), Locale.ENGLISH).isEmpty(), "another project");
    }

    @Test
    void aComparisonIsAnotherEvaluationThanItsOneModelSpecAlone() throws IOException {
        MavenProject project = project();
        EvaluationSpec spec = spec(dir, 0.1);
        ReportSource source = Evaluations.evaluate(new Evaluator(EvaluationLog.SILENT, "1.0"), spec, project);
        ComparisonSpec twoModels = new ComparisonSpec(List.of(new NamedModel("probe", null, dir.resolve("a.csv")),
                new NamedModel("full", null, dir.resolve("b.csv"))), List.of(), null, List.of());
        ComparisonSpec otherModels = new ComparisonSpec(List.of(new NamedModel("probe", null, dir.resolve("a.csv")),
                new NamedModel("lora", null, dir.resolve("c.csv"))), List.of(), null, List.of());

        assertTrue(SharedEvaluation.find(project, spec, twoModels, Locale.ENGLISH).isEmpty(),
                "check evaluated one model: a report comparing two must evaluate on its own");
        SharedEvaluation.publish(project, spec, twoModels, source);
        assertTrue(SharedEvaluation.find(project, spec, twoModels, Locale.ENGLISH).isPresent());
        assertTrue(SharedEvaluation.find(project, spec, otherModels, Locale.ENGLISH).isEmpty(), "other models");
    }

    @Test
    void whatIsSharedIsAJdkFunctionReturningStrings() throws IOException {
        MavenProject project = project();
        EvaluationSpec spec = spec(dir, 0.1);
        Evaluations.evaluate(new Evaluator(EvaluationLog.SILENT, "1.0"), spec, project);
        List<?> shared = (List<?>) project.getContextValue(SharedEvaluation.EVALUATIONS);
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) shared.get(0);
        assertEquals(SharedEvaluation.key(spec), ((Supplier<?>) entry.getKey()).get());
        assertTrue(entry.getValue() instanceof Function<?, ?>);
        @SuppressWarnings("unchecked")
        Map<?, ?> page = ((Function<Locale, Map<?, ?>>) entry.getValue()).apply(Locale.ENGLISH);
        assertEquals(List.of("document", "fragment", "summary", "title"), page.keySet().stream().map(String.class::cast).sorted().toList());
        assertTrue(page.values().stream().allMatch(v -> v.getClass() == String.class));
    }

    @Test
    void anEvaluationLeftByThePluginsClassesInAnotherClassRealmIsFound() throws Exception {
        MavenProject project = project();
        // the realm stays open while the build runs, as Maven keeps plugin realms for the whole session
        try (PluginRealm realm = new PluginRealm(getClass().getClassLoader())) {
            Class<?> otherResult = realm.loadClass(EvaluationResult.class.getName());
            assertNotSame(EvaluationResult.class, otherResult, "the realm has its own copy of the plugin's classes");
            realm.loadClass(CheckInAnotherRealm.class.getName()).getMethod("run", MavenProject.class, Path.class)
                    .invoke(null, project, dir);

            EvaluationSpec spec = spec(dir, 0.1);
            assertTrue(SharedEvaluation.isFromAnotherRealm(project, spec, ComparisonSpec.NONE));
            ReportPage page = SharedEvaluation.find(project, spec, Locale.ENGLISH).orElseThrow();
            assertEquals("Fairness checks not met: 0 of 1 rule met, 1 violated, 0 undetermined.", page.summary());
        }
    }

    @Test
    void aCheckLeavingItsEvaluationLinksNoGeneratedRecordMethodOrStringConcatenation() throws Exception {
        MavenProject project = project();
        Set<String> requested;
        try (RecordingRealm realm = new RecordingRealm(getClass().getClassLoader())) {
            realm.loadClass(CheckInAnotherRealm.class.getName()).getMethod("run", MavenProject.class, Path.class)
                    .invoke(null, project, dir);
            requested = Set.copyOf(realm.requested);
            // the realm stays open while the build runs: a later report computes the key with its classes
            assertTrue(SharedEvaluation.find(project, spec(dir, 0.1), Locale.ENGLISH).isPresent(),
                    "the evaluation is still found by its key");
        }

        // each links method handles spun as classes on a cold JVM: about 0.1 s of CPU for the spec's records alone
        assertEquals(List.of(), requested.stream().filter(name -> name.equals("java.lang.runtime.ObjectMethods")
                || name.equals("java.lang.invoke.StringConcatFactory")).sorted().toList());
    }

    /** What check does, run by the classes of another realm. */
    public static final class CheckInAnotherRealm {
        public static void run(MavenProject project, Path dir) throws IOException {
            Evaluations.evaluate(new Evaluator(EvaluationLog.SILENT, "1.0"), spec(dir, 0.1), project);
        }
    }

    /** A plugin realm that records the name of every class its classes ask for, the JDK's included. */
    static final class RecordingRealm extends PluginRealm {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingRealm(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }

    /**
     * Like the Maven site plugin's report realm: the plugin's own classes ({@code dev.fairness.*}) loaded a second
     * time, everything else (the JDK, Maven's API, libraries) shared with the parent.
     */
    static class PluginRealm extends URLClassLoader {
        PluginRealm(ClassLoader parent) {
            super(new URL[]{location(EvaluationResult.class), location(SharedEvaluationTest.class)}, parent);
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.fairness.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
