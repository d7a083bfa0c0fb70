package org.acta.matching.work;

/**
 * A field value of a merged work with where it came from.
 *
 * @param value the normalised value as published
 * @param sourceKey the source record it was taken from ({@code file#n})
 * @param rule the merge rule that chose it, in words (e.g. "WoS wins for indexing fields")
 */
public record ProvenancedValue(String value, String sourceKey, String rule) {}
