package org.acta.matching.indexing;

import java.util.List;
import java.util.Optional;

/** One edition of the ESI master journal list (journal → ESI field). Immutable. */
public final class EsiJournalList {
  private final String edition;
  private final List<EsiJournal> entries;
  private final JournalIndex<EsiJournal> index;

  public EsiJournalList(String edition, List<EsiJournal> entries) {
    this.edition = edition.strip();
    this.entries = List.copyOf(entries);
    this.index = new JournalIndex<>(this.entries, EsiJournal::key);
  }

  public String edition() {
    return edition;
  }

  public List<EsiJournal> entries() {
    return entries;
  }

  public Optional<JournalMatch<EsiJournal>> find(JournalKey key) {
    return index.find(key);
  }
}
