package dev.fairness.engine;

import dev.fairness.dataset.DecodeBudget;
import dev.fairness.dataset.FloatImage;

import java.nio.file.Path;

/**
 * Decodes the image of one manifest row: {@code ImageDecoder::decode} in a build; tests pass one that fails the way
 * a broken decoder does, to check that nothing of such a run is used or stored.
 */
@FunctionalInterface
interface RowDecoder {
    FloatImage decode(Path file, String location, DecodeBudget budget);
}
