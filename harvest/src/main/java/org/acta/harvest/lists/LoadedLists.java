package org.acta.harvest.lists;

import java.util.List;
import org.acta.matching.indexing.IndexingLists;

/**
 * The lists read from a set of files.
 *
 * @param lists the lists, joined across files
 * @param summary one line per file: what it held ({@code jcr-2024.csv: JCR table, 1 year, 84 rows})
 * @param warnings problems that did not stop a file from being read, each naming file, line and
 *     column
 */
public record LoadedLists(IndexingLists lists, List<String> summary, List<String> warnings) {
  public LoadedLists {
    summary = List.copyOf(summary);
    warnings = List.copyOf(warnings);
  }
}
