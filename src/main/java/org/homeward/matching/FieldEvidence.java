package org.homeward.matching;

/**
 * How one field of a pair compared and how much it weighed, in bits (log2 of the likelihood ratio):
 * positive for the same person, negative against, zero when a side lacks the value.
 *
 * @param field the compared field, e.g. {@code family_name}
 * @param level the comparison level, e.g. {@code exact}, {@code variant}, {@code missing}
 * @param note why the weight was adjusted, e.g. a common name; empty when it was not
 */
public record FieldEvidence(String field, String level, double weight, String note) {}
