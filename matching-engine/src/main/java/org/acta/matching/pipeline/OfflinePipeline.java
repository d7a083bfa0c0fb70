package org.acta.matching.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.acta.matching.attribution.Attributor;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicator;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Deduplication, then (when dictionaries are given) attribution, over records in memory. The
 * same engine runs inside the server; this class only strings the stages together.
 */
public final class OfflinePipeline {
  private final Deduplicator deduplicator;
  private final Optional<Attributor> attributor;
  private final TableRowAssembler rows = new TableRowAssembler(1);

  public OfflinePipeline(Deduplicator deduplicator, Optional<Attributor> attributor) {
    this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
    this.attributor = Objects.requireNonNull(attributor, "attributor");
  }

  public PipelineResult run(List<SourceRecord> records) {
    DedupResult dedup = deduplicator.deduplicate(records);
    List<AuthorshipDecision> decisions = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    if (attributor.isPresent()) {
      for (Work work : dedup.works()) {
        for (AuthorshipDecision d : attributor.get().attribute(work)) {
          decisions.add(d);
          if (d.outcome() == Outcome.AUTO) {
            table.add(rows.row(work, d));
          }
        }
      }
    }
    return new PipelineResult(dedup, decisions, table);
  }
}
