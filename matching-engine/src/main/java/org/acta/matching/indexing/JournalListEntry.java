package org.acta.matching.indexing;

import java.util.List;

/**
 * One journal of a Chinese journal list edition.
 *
 * @param title the journal title as the list prints it
 * @param issn print ISSN as printed (may be blank: many Chinese journals have only a CN number)
 * @param eissn electronic ISSN as printed, or blank
 * @param cnNumber CN number as printed ({@code 11-1234/TB}), or blank
 * @param tier the part of the list ({@code core}, {@code extended}), or blank when the list has
 *     one part
 */
public record JournalListEntry(String title, String issn, String eissn, String cnNumber,
    String tier) {

  /** The key the entry is looked up by. */
  public JournalKey key() {
    return JournalKey.of(nonNull(issn, eissn), nonNull(cnNumber), nonNull(title));
  }

  /** Whether the entry is in the extended part ({@code extended}, {@code 扩展}). */
  public boolean extended() {
    return tier != null && (tier.strip().equalsIgnoreCase("extended") || tier.contains("扩展"));
  }

  static List<String> nonNull(String... values) {
    return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
  }
}
