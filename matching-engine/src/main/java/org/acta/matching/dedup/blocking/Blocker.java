package org.acta.matching.dedup.blocking;

import org.acta.matching.dedup.MatchRecord;

/** Proposes the candidate pairs to compare. */
public interface Blocker {
  CandidatePairs candidates(MatchRecord[] records);
}
