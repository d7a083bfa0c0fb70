package org.acta.core.application.mine;

import java.util.List;

/**
 * A publication a person adds by hand because no export has it.
 *
 * @param title the title as published
 * @param year publication year, or null
 * @param journal the journal or proceedings, or null
 * @param doi the DOI, or null
 * @param authors every author in order, as printed
 * @param myAuthorRank which of the authors the person is (1-based)
 */
public record ManualEntry(String title, Integer year, String journal, String doi,
    List<String> authors, int myAuthorRank) {

  public ManualEntry {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title: a publication needs its title");
    }
    authors = authors == null ? List.of()
        : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
    if (authors.isEmpty()) {
      throw new IllegalArgumentException("authors: name at least one author");
    }
    if (myAuthorRank < 1 || myAuthorRank > authors.size()) {
      throw new IllegalArgumentException("myAuthorRank: must be 1.." + authors.size() + ", was "
          + myAuthorRank);
    }
  }
}
