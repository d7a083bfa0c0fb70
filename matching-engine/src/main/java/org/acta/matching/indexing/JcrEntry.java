package org.acta.matching.indexing;

import java.math.BigDecimal;

/**
 * One row of a JCR table: a journal in one category of one JCR year.
 *
 * @param title full journal title
 * @param issn print ISSN as printed, or blank
 * @param eissn electronic ISSN as printed, or blank
 * @param category the WoS category ({@code CHEMISTRY, PHYSICAL})
 * @param edition the JCR edition of the category: {@code SCIE}, {@code SSCI}, {@code AHCI},
 *     {@code ESCI}
 * @param impactFactor the journal impact factor, or null when JCR gives none
 * @param quartile {@code Q1}–{@code Q4}, or null
 */
public record JcrEntry(String title, String issn, String eissn, String category, String edition,
    BigDecimal impactFactor, String quartile) {

  public JournalKey key() {
    return JournalKey.of(JournalListEntry.nonNull(issn, eissn), java.util.List.of(),
        JournalListEntry.nonNull(title));
  }

  /** 1 for Q1 … 4 for Q4, 9 when there is no quartile (sorts last). */
  int quartileRank() {
    return quartile == null || quartile.length() != 2 ? 9 : quartile.charAt(1) - '0';
  }
}
