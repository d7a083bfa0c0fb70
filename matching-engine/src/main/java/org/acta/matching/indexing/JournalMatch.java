package org.acta.matching.indexing;

import java.util.List;

/**
 * The entries of a list that a journal matched, and by what.
 *
 * @param entries the list entries of the journal (several for a JCR journal in several
 *     categories)
 * @param matchedBy how it matched, in words: {@code ISSN 1234-5679}, {@code CN 11-1234},
 *     {@code title}
 */
public record JournalMatch<T>(List<T> entries, String matchedBy) {
  public JournalMatch {
    entries = List.copyOf(entries);
  }

  public T first() {
    return entries.get(0);
  }
}
