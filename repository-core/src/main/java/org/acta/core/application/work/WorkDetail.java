package org.acta.core.application.work;

import java.util.List;
import java.util.Map;
import org.acta.core.application.evidence.EvidenceItem;

/**
 * One work read whole, for the work screen.
 *
 * @param workId the work's stable id (the one table's {@code work_id})
 * @param status active, merged or withdrawn
 * @param mergedInto the work this one was merged into, when merged
 * @param successors for a work that is no longer active: the active works that hold its records
 *     now (after a merge or split took effect), so the screen can lead there
 * @param version the version of the work's decision item ({@code work:<id>}): a merge or split
 *     names it, and is refused when someone else curated the work in between
 * @param fields the merged fields with their provenance
 * @param evidence why deduplication joined its records, in words
 * @param sources its source records
 * @param authorships the pipeline's attribution of each author position
 * @param rows the one table's rows of this work, exactly as HR gets them (column → value)
 * @param history decisions about the work and its authorships, oldest first
 */
public record WorkDetail(
    String workId,
    String status,
    String mergedInto,
    List<String> successors,
    long version,
    List<MergedField> fields,
    List<String> evidence,
    List<EvidenceItem> evidenceItems,
    List<WorkSource> sources,
    List<WorkAuthorship> authorships,
    List<Map<String, String>> rows,
    List<WorkEvent> history) {

  public WorkDetail {
    successors = List.copyOf(successors);
    fields = List.copyOf(fields);
    evidence = List.copyOf(evidence);
    evidenceItems = List.copyOf(evidenceItems);
    sources = List.copyOf(sources);
    authorships = List.copyOf(authorships);
    rows = List.copyOf(rows);
    history = List.copyOf(history);
  }
}
