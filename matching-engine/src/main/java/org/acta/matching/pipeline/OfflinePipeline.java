package org.acta.matching.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.acta.matching.attribution.Attributor;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicator;
import org.acta.matching.indexing.Indexer;
import org.acta.matching.indexing.Indexing;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Deduplication, then (when dictionaries are given) attribution, then (when lists are given)
 * indexing, over records in memory. The same engine runs inside the server; this class only
 * strings the stages together.
 */
public final class OfflinePipeline {
  private final Deduplicator deduplicator;
  private final Optional<Attributor> attributor;
  private final Optional<Indexer> indexer;
  private final TableRowAssembler rows = new TableRowAssembler(1);

  public OfflinePipeline(Deduplicator deduplicator, Optional<Attributor> attributor) {
    this(deduplicator, attributor, Optional.empty());
  }

  /** @param indexer fills the indexing columns from imported lists; empty keeps the records' own */
  public OfflinePipeline(Deduplicator deduplicator, Optional<Attributor> attributor,
      Optional<Indexer> indexer) {
    this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
    this.attributor = Objects.requireNonNull(attributor, "attributor");
    this.indexer = Objects.requireNonNull(indexer, "indexer");
  }

  public PipelineResult run(List<SourceRecord> records) {
    return attribute(deduplicator.deduplicate(records), w -> true);
  }

  /**
   * Attribution and indexing of the works in {@code scope} only (an incremental run recomputes
   * the works new records touched); the result keeps every work of {@code dedup}.
   */
  public PipelineResult attribute(DedupResult dedup, Predicate<Work> scope) {
    List<AuthorshipDecision> decisions = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    Map<String, Indexing> indexing = new LinkedHashMap<>();
    for (Work work : dedup.works()) {
      if (!scope.test(work)) {
        continue;
      }
      Indexing idx = indexer.map(i -> i.index(work)).orElse(null);
      if (idx != null) {
        indexing.put(work.id(), idx);
      }
      if (attributor.isPresent()) {
        for (AuthorshipDecision d : attributor.get().attribute(work)) {
          decisions.add(d);
          if (d.outcome() == Outcome.AUTO) {
            table.add(idx == null ? rows.row(work, d) : rows.row(work, d, idx));
          }
        }
      }
    }
    return new PipelineResult(dedup, decisions, table, indexing);
  }
}
