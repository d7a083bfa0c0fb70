package org.acta.matching.work;

import java.util.List;
import java.util.Objects;
import org.acta.matching.explain.Reason;
import org.acta.matching.model.SourceRecord;

/**
 * One publication: the source records deduplication put together, the merged view, and the
 * evidence that joined them.
 *
 * @param id stable id of the work: the same records give the same id on every run
 * @param records the member records, in input order
 * @param merged the merged view with field provenance
 * @param why why the records were joined, one reason per joined pair, rendered into words a
 *     librarian understands by {@link org.acta.matching.explain.ReasonRenderer}
 */
public record Work(String id, List<SourceRecord> records, MergedWork merged, List<Reason> why) {
  public Work {
    Objects.requireNonNull(id, "id");
    records = List.copyOf(records);
    merged = merged == null ? MergedWork.EMPTY : merged;
    why = why == null ? List.of() : List.copyOf(why);
  }

  /** Why the records were joined, in English words. */
  public List<String> evidence() {
    return why.stream().map(Reason::english).toList();
  }
}
