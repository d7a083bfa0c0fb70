package org.acta.matching.dedup;

import java.util.List;

/**
 * A pair of records the engine could not decide: it goes to the staff review queue.
 *
 * @param workIdA the work of the first record
 * @param sourceKeyA the first record
 * @param workIdB the work of the second record
 * @param sourceKeyB the second record
 * @param probability the match probability
 * @param evidence the comparison, field by field, in words
 */
public record PossibleMatch(
    String workIdA,
    String sourceKeyA,
    String workIdB,
    String sourceKeyB,
    double probability,
    List<String> evidence) {}
