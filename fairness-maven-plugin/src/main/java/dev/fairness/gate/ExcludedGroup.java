package dev.fairness.gate;

/** A group a rule left out of its gap, and why (too small, or the metric is undefined there). */
public record ExcludedGroup(String group, long n, String reason) {
}
