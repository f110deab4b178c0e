package dev.fairness.maven;

import dev.fairness.compare.ComparisonSpec;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.HtmlReportFile;
import dev.fairness.report.ReportMessages;
import dev.fairness.report.ReportPage;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The fairness report: a page of the Maven site ({@code <reporting>}, listed under Project Reports) and, run
 * alone ({@code mvn fairness:report}), the standalone {@code report.html} in the output directory.
 *
 * <p>It renders the evaluation that {@code check} made earlier in the same build when the configuration is the
 * same ({@link SharedEvaluation}), and evaluates otherwise, leaving the same files {@code check} leaves.
 *
 * <p>It implements the reporting API ({@code maven-reporting-api} 4, Doxia 2) directly instead of extending
 * {@code AbstractMavenReport}: a goal has one superclass, and it must be {@link AbstractFairnessMojo}, which holds
 * every parameter this goal shares with {@code check}. The site page is written to Doxia's {@code Sink} directly
 * ({@link SitePage}), without {@code maven-reporting-impl}.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractFairnessMojo implements MavenMultiPageReport {
    static final String OUTPUT_NAME = "fairness";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where the site page goes; the site plugin sets it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    /**
     * The language of the standalone report as an IETF tag ({@code en}, {@code de}); the site page takes the
     * site's locale. A language without a translation of the report's messages is shown in English.
     */
    @Parameter(property = "fairness.locale", defaultValue = "en")
    String locale;

    /** {@code mvn fairness:report}: writes the standalone report. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping fairness report because property fairness.skip is set.");
            return;
        }
        try {
            ReportPage page = page(Locale.forLanguageTag(locale), true);
            getLog().info(page.summary());
        } catch (InputException e) {
            throw userError(e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** {@code mvn site}: renders the site page. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        ReportPage page;
        try {
            page = page(locale, false);
        } catch (InputException | UncheckedIOException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        new SitePage(sink, page).render();
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /**
     * The report of the evaluation an earlier goal of this build shared, or of a new evaluation (which it then
     * shares, leaving the result files and report.html as {@code check} does).
     *
     * @param standalone write report.html also when the evaluation was shared
     */
    private ReportPage page(Locale locale, boolean standalone) {
        if (ShardReader.isSet(configuration())) {
            throw new InputException("<shard> " + configuration().shard.strip() + " is set, but fairness:report "
                    + "renders a whole evaluation. Score the shards with fairness:check (mvn verify "
                    + "-Dfairness.shard=i/n) and judge them with fairness:merge, which writes the report.");
        }
        EvaluationSpec spec;
        ComparisonSpec comparison;
        try {
            checkParameterNames();
            spec = spec();
            comparison = SpecReader.comparison(configuration());
        } catch (InputException e) {
            clearPreviousResults(e); // nothing of this build can be shared: this run ends without results
            throw e;
        }
        Optional<ReportPage> shared = SharedEvaluation.find(project, spec, comparison, locale);
        ReportPage page;
        if (shared.isPresent()) {
            getLog().info("Fairness report of the evaluation made earlier in this build (no second inference).");
            getLog().debug("The shared evaluation comes from "
                    + (SharedEvaluation.isFromAnotherRealm(project, spec, comparison)
                    ? "another class realm." : "this class realm."));
            page = shared.get();
        } else {
            // a new evaluation: no earlier run's result may pass for this run's if it fails
            Evaluations.clearPreviousResults(this);
            page = HtmlReport.render(comparison.isActive() ? Comparisons.evaluate(this, spec, comparison, project)
                    : Evaluations.evaluate(evaluator(), spec, project), locale);
        }
        if (standalone || shared.isEmpty()) {
            Path file = HtmlReportFile.write(page, outputDirectory.toPath());
            getLog().info("Fairness report written to " + file + ".");
        }
        return page;
    }

    /** Removes the previous results after a configuration error; a failure to do so is added to that error. */
    private void clearPreviousResults(InputException configurationError) {
        try {
            Evaluations.clearPreviousResults(this);
        } catch (InputException e) {
            configurationError.addSuppressed(e);
        }
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return new ReportMessages(locale).get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return new ReportMessages(locale).get("report.description");
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
