package org.acta.matching.dedup;

import java.util.List;
import org.acta.matching.explain.Reason;

/**
 * A pair of records the engine could not decide: it goes to the staff review queue.
 *
 * @param workIdA the work of the first record
 * @param sourceKeyA the first record
 * @param workIdB the work of the second record
 * @param sourceKeyB the second record
 * @param probability the match probability
 * @param why the comparison, field by field, as reasons rendered into words
 */
public record PossibleMatch(
    String workIdA,
    String sourceKeyA,
    String workIdB,
    String sourceKeyB,
    double probability,
    List<Reason> why) {

  public PossibleMatch {
    why = why == null ? List.of() : List.copyOf(why);
  }

  /** The comparison in English words. */
  public List<String> evidence() {
    return why.stream().map(Reason::english).toList();
  }
}
