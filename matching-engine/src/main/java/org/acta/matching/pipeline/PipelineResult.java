package org.acta.matching.pipeline;

import java.util.List;
import java.util.Map;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.indexing.Indexing;

/**
 * What one offline run produced.
 *
 * @param dedup the works and the undecided duplicate pairs
 * @param decisions every attribution decision (auto and review), in work order
 * @param table the rows of the one table (auto decisions only)
 * @param indexing the indexing of each work by work id, in work order (empty when the run had
 *     no lists)
 */
public record PipelineResult(
    DedupResult dedup, List<AuthorshipDecision> decisions, List<TableRow> table,
    Map<String, Indexing> indexing) {

  public PipelineResult {
    decisions = List.copyOf(decisions);
    table = List.copyOf(table);
    indexing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indexing));
  }

  /** A result without indexing (a run without lists). */
  public PipelineResult(
      DedupResult dedup, List<AuthorshipDecision> decisions, List<TableRow> table) {
    this(dedup, decisions, table, Map.of());
  }
}
