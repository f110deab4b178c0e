package dev.fairness.coverage;

/**
 * One simulated group of a binormal model: each row is positive with probability {@code prevalence} (so class
 * counts vary from test set to test set, as in a random sample), a negative's score is N(negativeMean, 1), a
 * positive's N(positiveMean, 1). Every metric's true value follows from the normal distribution.
 */
record SimulatedGroup(int n, double prevalence, double positiveMean, double negativeMean) {

    /** A group with the given true TPR and FPR at {@code threshold}. */
    static SimulatedGroup withRates(int n, double prevalence, double tpr, double fpr, double threshold) {
        return new SimulatedGroup(n, prevalence, threshold + Normal.quantile(tpr), threshold + Normal.quantile(fpr));
    }

    /** A group with the given true AUC, negatives' scores N(0, 1). */
    static SimulatedGroup withAuc(int n, double prevalence, double auc) {
        return new SimulatedGroup(n, prevalence, Math.sqrt(2) * Normal.quantile(auc), 0);
    }

    double tpr(double threshold) {
        return Normal.cdf(positiveMean - threshold);
    }

    double fpr(double threshold) {
        return Normal.cdf(negativeMean - threshold);
    }

    /** P(positive score > negative score) = Phi((mu1 - mu0) / sqrt 2). */
    double auc() {
        return Normal.cdf((positiveMean - negativeMean) / Math.sqrt(2));
    }

    double selectionRate(double threshold) {
        return prevalence * tpr(threshold) + (1 - prevalence) * fpr(threshold);
    }

    double ppv(double threshold) {
        return prevalence * tpr(threshold) / selectionRate(threshold);
    }

    double npv(double threshold) {
        double negativesBelow = (1 - prevalence) * (1 - fpr(threshold));
        return negativesBelow / (negativesBelow + prevalence * (1 - tpr(threshold)));
    }

    double accuracy(double threshold) {
        return prevalence * tpr(threshold) + (1 - prevalence) * (1 - fpr(threshold));
    }

    /** F1 = 2 TP / (2 TP + FP + FN) with expected counts (the limit of a large sample). */
    double f1(double threshold) {
        double tp = prevalence * tpr(threshold);
        double fp = (1 - prevalence) * fpr(threshold);
        double fn = prevalence * (1 - tpr(threshold));
        return 2 * tp / (2 * tp + fp + fn);
    }
}
