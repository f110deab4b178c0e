package dev.fairness.engine;

/** A row that belongs to no group of a grouping, and why (its attribute value is empty). */
public record ExcludedRow(String id, String location, String grouping, String reason) {
}
