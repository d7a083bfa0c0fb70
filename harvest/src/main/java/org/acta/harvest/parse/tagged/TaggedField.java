package org.acta.harvest.parse.tagged;

/**
 * One field of a raw record: the tag as the grammar normalised it, the value with continuation
 * lines joined, and the line where the field starts.
 */
public record TaggedField(String tag, String value, int line) {}
