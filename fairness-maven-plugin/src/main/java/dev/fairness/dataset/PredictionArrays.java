package dev.fairness.dataset;

import java.util.Arrays;

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

    PredictionArrays(int rows, int labels) {
        idAddresses = new int[rows];
        idHashes = new int[rows];
        truth = new boolean[labels][rows];
        scores = new double[labels][rows];
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
