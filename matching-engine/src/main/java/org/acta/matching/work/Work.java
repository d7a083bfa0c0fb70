package org.acta.matching.work;

import java.util.List;
import java.util.Objects;
import org.acta.matching.model.SourceRecord;

/**
 * One publication: the source records deduplication put together, the merged view, and the
 * evidence that joined them.
 *
 * @param id stable id of the work: the same records give the same id on every run
 * @param records the member records, in input order
 * @param merged the merged view with field provenance
 * @param evidence why the records were joined, in words a librarian understands
 */
public record Work(String id, List<SourceRecord> records, MergedWork merged, List<String> evidence) {
  public Work {
    Objects.requireNonNull(id, "id");
    records = List.copyOf(records);
    merged = merged == null ? MergedWork.EMPTY : merged;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
