package org.acta.matching.attribution.person;

import java.util.List;
import org.acta.matching.attribution.dictionary.Person;

/**
 * A person who may be the author at a position, with a score and the reasons behind it.
 *
 * @param person the person of the dictionary
 * @param score 0..1
 * @param reasons evidence in words
 */
public record Candidate(Person person, double score, List<String> reasons) {
  public Candidate {
    reasons = List.copyOf(reasons);
  }
}
