package org.acta.matching.attribution.role;

import java.util.List;

/**
 * What the sources say about one author being a corresponding author.
 *
 * @param corresponding named by at least one source
 * @param naming the sources (record keys) that name the author
 * @param notNaming the sources that give corresponding authors but not this one
 */
public record CorrespondingFinding(boolean corresponding, List<String> naming,
    List<String> notNaming) {
  public CorrespondingFinding {
    naming = List.copyOf(naming);
    notNaming = List.copyOf(notNaming);
  }

  /** Sources disagree: some name the author, others name someone else. */
  public boolean conflict() {
    return !naming.isEmpty() && !notNaming.isEmpty();
  }
}
