package org.acta.matching.dedup;

import java.util.List;
import org.acta.matching.model.SourceRecord;

/** Turns source records into works: one cluster per real publication. */
public interface Deduplicator {
  DedupResult deduplicate(List<SourceRecord> records);
}
