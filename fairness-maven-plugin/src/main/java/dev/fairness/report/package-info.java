/**
 * What an evaluation leaves for people and tools: {@code fairness.json} ({@link dev.fairness.report.FairnessJson}),
 * the build log's group table ({@link dev.fairness.report.LogTable}) and the HTML report.
 *
 * <p>The HTML report ({@link dev.fairness.report.HtmlReport}) is rendered once per evaluation and locale into a
 * {@link dev.fairness.report.ReportPage}: a fragment for the Maven site page and a standalone document
 * ({@link dev.fairness.report.HtmlReportFile}, {@code report.html}). One class per part: the
 * {@link dev.fairness.report.VerdictBanner}, {@link dev.fairness.report.RulesTable},
 * {@link dev.fairness.report.ThresholdsTable}, per label ({@link dev.fairness.report.LabelSection}) the
 * {@link dev.fairness.report.GroupTable} and three figures ({@link dev.fairness.report.MetricBarsFigure},
 * {@link dev.fairness.report.RocFigure}, {@link dev.fairness.report.ReliabilityFigure}) drawn as inline SVG by
 * {@link dev.fairness.report.BarChart} and {@link dev.fairness.report.CurveChart}, then
 * {@link dev.fairness.report.DataSection}, {@link dev.fairness.report.ModelSection} and
 * {@link dev.fairness.report.RunSection}. All markup goes through {@link dev.fairness.report.Html}, which escapes
 * every text and attribute value ({@link dev.fairness.report.Escape}); all words come from the resource bundle
 * {@code messages.properties} ({@link dev.fairness.report.ReportMessages}).
 *
 * <p>Confidence intervals enter in one place, {@link dev.fairness.report.Intervals}: every value cell
 * ({@link dev.fairness.report.ValueCell}) and every bar asks it for the interval of what it shows and draws one
 * when it gets one. The files CI systems read (JUnit XML, the Markdown summary, OpenMetrics) are written by
 * {@link dev.fairness.report.ci}. No class here uses the Maven API.
 */
package dev.fairness.report;
