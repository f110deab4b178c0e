/**
 * What CI systems read, written beside {@code fairness.json} on every run (also when the gate fails):
 * {@code TEST-fairness.xml} ({@link dev.fairness.report.ci.JUnitReport}: one test case per rule, as Jenkins and
 * GitLab show test results), {@code summary.md} ({@link dev.fairness.report.ci.MarkdownSummary}: the verdict, the
 * rules and the key per-group numbers, also appended to GitHub's step summary) and {@code metrics.txt}
 * ({@link dev.fairness.report.ci.OpenMetricsText}: per-group values, gaps and rule states for GitLab's metrics
 * report). {@link dev.fairness.report.ci.CiFiles} names and writes them. No class here uses the Maven API.
 */
package dev.fairness.report.ci;
