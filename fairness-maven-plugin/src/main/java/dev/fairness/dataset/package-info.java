/**
 * The test set as data: reading and validating the manifest ({@link dev.fairness.dataset.ManifestReader}),
 * decoding images at full precision ({@link dev.fairness.dataset.ImageDecoder}), turning them into model input
 * ({@link dev.fairness.dataset.Preprocessor}), and the predictions table with its CSV form
 * ({@link dev.fairness.dataset.PredictionsCsvWriter}, {@link dev.fairness.dataset.PredictionsCsvReader}).
 * Every problem with the user's files is a {@link dev.fairness.InputException} naming file, line and column,
 * with all wording in one place ({@code Messages}). No Maven API here.
 */
package dev.fairness.dataset;
