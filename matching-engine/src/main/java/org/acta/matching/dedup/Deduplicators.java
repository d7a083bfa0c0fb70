package org.acta.matching.dedup;

/** Factory of the engine's deduplicators. */
public final class Deduplicators {
  private Deduplicators() {}

  /** The standard engine with the default configuration: what the pipeline and server use. */
  public static FellegiSunterDeduplicator standard() {
    return new FellegiSunterDeduplicator(DedupConfig.defaults());
  }

  /** The standard engine with a given configuration. */
  public static FellegiSunterDeduplicator standard(DedupConfig config) {
    return new FellegiSunterDeduplicator(config);
  }
}
