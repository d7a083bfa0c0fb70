package org.acta.matching.attribution;

/**
 * A decision a person made about an author position; it wins over any re-run of the engine.
 *
 * @param workId the work
 * @param authorRank the author position (1-based)
 * @param personId the person the decision is about
 * @param accepted true: the position is this person (verified / confirmed); false: it is not
 */
public record HumanDecision(String workId, int authorRank, String personId, boolean accepted) {}
