/**
 * How the plugin writes into its output directory: every file atomically and with the usual permissions
 * ({@link dev.fairness.output.AtomicFile}), the folder checked and the previous run's results removed before an
 * evaluation starts ({@link dev.fairness.output.OutputFolder}), and file-system failures turned into messages that
 * say what, where and what to do ({@link dev.fairness.output.OutputMessages}). No class here uses the Maven API.
 */
package dev.fairness.output;
