package org.acta.matching.indexing;

import java.util.List;
import java.util.Optional;

/**
 * The JCR of one year as the library imported it: every (journal, category) row. Immutable; a
 * re-released year is a new table, the old one is kept.
 */
public final class JcrTable {
  private final int year;
  private final List<JcrEntry> entries;
  private final JournalIndex<JcrEntry> index;

  public JcrTable(int year, List<JcrEntry> entries) {
    this.year = year;
    this.entries = List.copyOf(entries);
    this.index = new JournalIndex<>(this.entries, JcrEntry::key);
  }

  public int year() {
    return year;
  }

  public List<JcrEntry> entries() {
    return entries;
  }

  /** The journal's rows (one per category) in this year, if the journal is in it. */
  public Optional<JournalMatch<JcrEntry>> find(JournalKey key) {
    return index.find(key);
  }

  @Override
  public String toString() {
    return "JCR " + year + " (" + entries.size() + " rows)";
  }
}
