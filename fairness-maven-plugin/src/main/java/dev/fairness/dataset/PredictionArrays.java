package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.util.Arrays;
import java.util.List;

/**
 * The column arrays of a predictions file read in parts, allocated once for the whole file: each part writes its
 * rows at its own offset (an upper bound from its line ends), so nothing test-set-sized is allocated twice unless
 * blank lines leave gaps to close ({@link #closeGaps}).
 */
final class PredictionArrays {
    int[] idAddresses; // IdBytes addresses
    int[] idHashes;
    final boolean[][] truth;
    final double[][] scores;

    /**
     * @param threads threads that allocate the arrays: fresh memory is paid for (its pages faulted in and zeroed) by
     *                the thread that allocates it, so the arrays, which do not depend on each other, are allocated
     *                on every core, the largest first
     */
    PredictionArrays(int rows, int labels, int threads) {
        List<Object> made = Parallel.map(2 * labels + 2, threads, k -> k < labels ? new double[rows]
                : k < 2 * labels ? new boolean[rows] : new int[rows]);
        scores = new double[labels][];
        truth = new boolean[labels][];
        for (int l = 0; l < labels; l++) {
            scores[l] = (double[]) made.get(l);
            truth[l] = (boolean[]) made.get(labels + l);
        }
        idAddresses = (int[]) made.get(2 * labels);
        idHashes = (int[]) made.get(2 * labels + 1);
    }

    int capacity() {
        return idHashes.length;
    }

    /**
     * Moves each part's rows down to follow the previous part's, and cuts the arrays to the rows read.
     *
     * @param offsets per part, where its rows were written
     * @param rows    per part, how many it read
     * @return the rows in all
     */
    int closeGaps(int[] offsets, int[] rows) {
        int at = 0;
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] != at) {
                move(offsets[k], at, rows[k]);
            }
            at += rows[k];
        }
        if (at != capacity()) {
            idAddresses = Arrays.copyOf(idAddresses, at);
            idHashes = Arrays.copyOf(idHashes, at);
            for (int l = 0; l < truth.length; l++) {
                truth[l] = Arrays.copyOf(truth[l], at);
                scores[l] = Arrays.copyOf(scores[l], at);
            }
        }
        return at;
    }

    private void move(int from, int to, int count) {
        System.arraycopy(idAddresses, from, idAddresses, to, count);
        System.arraycopy(idHashes, from, idHashes, to, count);
        for (int l = 0; l < truth.length; l++) {
            System.arraycopy(truth[l], from, truth[l], to, count);
            System.arraycopy(scores[l], from, scores[l], to, count);
        }
    }
}
