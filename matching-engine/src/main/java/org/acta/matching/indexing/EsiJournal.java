package org.acta.matching.indexing;

/**
 * A journal of the ESI master journal list and its ESI field.
 *
 * @param title full journal title
 * @param issn print ISSN as printed, or blank
 * @param eissn electronic ISSN as printed, or blank
 * @param field the ESI field ({@code CHEMISTRY}, {@code MATERIALS SCIENCE})
 */
public record EsiJournal(String title, String issn, String eissn, String field) {
  public JournalKey key() {
    return JournalKey.of(JournalListEntry.nonNull(issn, eissn), java.util.List.of(),
        JournalListEntry.nonNull(title));
  }
}
