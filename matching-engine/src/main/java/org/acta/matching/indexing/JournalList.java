package org.acta.matching.indexing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a Chinese journal list (CSSCI 2023-2024, CSCD 2023-2024, 北大核心 2023), with
 * the publication years it is valid for. Immutable: a new edition is a new list, an edition is
 * never edited in place.
 */
public final class JournalList {
  private final JournalListKind kind;
  private final String edition;
  private final int firstYear;
  private final Integer lastYear;
  private final List<JournalListEntry> entries;
  private final JournalIndex<JournalListEntry> index;

  /**
   * @param firstYear first publication year the edition applies to
   * @param lastYear last publication year, or null for "until the next edition of the kind"
   */
  public JournalList(JournalListKind kind, String edition, int firstYear, Integer lastYear,
      List<JournalListEntry> entries) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.edition = Objects.requireNonNull(edition, "edition").strip();
    if (lastYear != null && lastYear < firstYear) {
      throw new IllegalArgumentException(kind + " " + edition + ": valid_to " + lastYear
          + " is before valid_from " + firstYear);
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.entries = List.copyOf(entries);
    this.index = new JournalIndex<>(this.entries, JournalListEntry::key);
  }

  public JournalListKind kind() {
    return kind;
  }

  public String edition() {
    return edition;
  }

  public int firstYear() {
    return firstYear;
  }

  /** The last year given in the list file, or null when open-ended. */
  public Integer lastYear() {
    return lastYear;
  }

  public List<JournalListEntry> entries() {
    return entries;
  }

  /** The journal's entry in this edition, if it is listed. */
  public Optional<JournalMatch<JournalListEntry>> find(JournalKey key) {
    return index.find(key);
  }

  @Override
  public String toString() {
    return kind + " " + edition + " (" + entries.size() + " journals)";
  }
}
