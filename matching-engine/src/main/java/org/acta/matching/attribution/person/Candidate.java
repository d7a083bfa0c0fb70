package org.acta.matching.attribution.person;

import java.util.List;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.explain.Reason;

/**
 * A person who may be the author at a position, with a score and the reasons behind it.
 *
 * @param person the person of the dictionary
 * @param score 0..1, for display and thresholds
 * @param rank the unclamped score used to compare candidates (strong evidence such as an e-mail
 *     can lift it above 1, which keeps a lead over a homonym that is also near 1)
 * @param why the evidence, as reasons rendered into words
 */
public record Candidate(Person person, double score, double rank, List<Reason> why) {
  public Candidate {
    why = List.copyOf(why);
  }

  /** The evidence in English words. */
  public List<String> reasons() {
    return why.stream().map(Reason::english).toList();
  }
}
