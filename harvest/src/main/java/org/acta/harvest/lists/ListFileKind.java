package org.acta.harvest.lists;

import java.util.function.Predicate;

/**
 * What a list file holds, recognised by its header (never by its name): the first kind whose
 * columns are all present wins, in this order.
 */
enum ListFileKind {
  /** JCR rows: has a quartile or an impact factor column. */
  JCR("JCR table", t -> t.has(ListColumn.QUARTILE) || t.has(ListColumn.IMPACT_FACTOR)),
  /** WoS category → ESI field / discipline. */
  SUBJECTS("subject mapping", t -> t.has(ListColumn.CATEGORY) && !t.has(ListColumn.TITLE)
      && (t.has(ListColumn.ESI_FIELD) || t.has(ListColumn.DISCIPLINE))),
  /** ESI highly cited / hot papers: identified by DOI or WoS UT. */
  ESI_PAPERS("ESI paper list", t -> t.has(ListColumn.DOI) || t.has(ListColumn.WOS_UT)),
  /** ESI master journal list: journals with an ESI field. */
  ESI_JOURNALS("ESI journal list", t -> t.has(ListColumn.ESI_FIELD)
      && (t.has(ListColumn.TITLE) || t.has(ListColumn.ISSN) || t.has(ListColumn.EISSN))),
  /** CSSCI, CSCD, PKU core editions. */
  JOURNAL_LIST("journal list", t -> t.has(ListColumn.LIST)
      && (t.has(ListColumn.TITLE) || t.has(ListColumn.ISSN) || t.has(ListColumn.CN)));

  private final String words;
  private final Predicate<ListTable> test;

  ListFileKind(String words, Predicate<ListTable> test) {
    this.words = words;
    this.test = test;
  }

  String words() {
    return words;
  }

  static ListFileKind of(ListTable table) throws ListFormatException {
    for (ListFileKind k : values()) {
      if (k.test.test(table)) {
        return k;
      }
    }
    throw new ListFormatException(table.file(), 0, null, "not a list file: the header has none"
        + " of the column sets of docs/lists.md (journal list: list, edition, valid_from, title,"
        + " issn, cn; JCR: year, title, issn, category, edition, impact_factor, quartile; ESI"
        + " journals: edition, title, issn, esi_field; ESI papers: list, edition, doi, wos_ut;"
        + " subjects: category, esi_field, discipline)");
  }
}
