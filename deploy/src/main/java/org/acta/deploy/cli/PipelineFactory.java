package org.acta.deploy.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicator;
import org.acta.matching.pipeline.OfflinePipeline;
import org.acta.matching.work.Work;

/** Assembles the offline pipeline from the engine's standard components. */
final class PipelineFactory {
  private PipelineFactory() {}

  static OfflinePipeline create(Path units, Path people) {
    // TODO [pipeline] standard deduplicator and attributor once they land
    Deduplicator dedup = records -> new DedupResult(
        records.stream()
            .map(r -> new Work(r.sourceKey(), java.util.List.of(r), null, null))
            .toList(),
        java.util.List.of());
    return new OfflinePipeline(dedup, Optional.empty());
  }
}
