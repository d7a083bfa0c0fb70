package org.acta.deploy.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.acta.matching.attribution.Attributor;
import org.acta.matching.attribution.Attributors;
import org.acta.matching.attribution.dictionary.DictionaryLoader;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.indexing.Indexer;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.pipeline.OfflinePipeline;

/** Assembles the offline pipeline from the engine's standard components. */
final class PipelineFactory {
  private PipelineFactory() {}

  /** Deduplication always; attribution when both dictionaries are given. */
  static OfflinePipeline create(Path units, Path people) {
    return create(units, people, null, IndexingConfig.defaults());
  }

  /** As {@link #create(Path, Path)}, and indexing by {@code lists} when they are given. */
  static OfflinePipeline create(Path units, Path people, IndexingLists lists,
      IndexingConfig indexing) {
    Optional<Attributor> attributor = Optional.empty();
    if (units != null && people != null) {
      try (Reader u = Files.newBufferedReader(units, StandardCharsets.UTF_8);
          Reader p = Files.newBufferedReader(people, StandardCharsets.UTF_8)) {
        attributor = Optional.of(Attributors.standard(DictionaryLoader.load(u, p)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the dictionaries " + units + ", " + people, e);
      }
    }
    Optional<Indexer> indexer = lists == null
        ? Optional.empty() : Optional.of(new Indexer(lists, indexing));
    return new OfflinePipeline(Deduplicators.standard(), attributor, indexer);
  }
}
