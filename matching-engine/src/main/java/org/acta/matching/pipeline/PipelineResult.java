package org.acta.matching.pipeline;

import java.util.List;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.dedup.DedupResult;

/**
 * What one offline run produced.
 *
 * @param dedup the works and the undecided duplicate pairs
 * @param decisions every attribution decision (auto and review), in work order
 * @param table the rows of the one table (auto decisions only)
 */
public record PipelineResult(
    DedupResult dedup, List<AuthorshipDecision> decisions, List<TableRow> table) {

  public PipelineResult {
    decisions = List.copyOf(decisions);
    table = List.copyOf(table);
  }
}
