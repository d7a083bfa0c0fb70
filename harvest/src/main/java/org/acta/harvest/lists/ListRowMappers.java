package org.acta.harvest.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.indexing.EsiJournal;
import org.acta.matching.indexing.EsiJournalList;
import org.acta.matching.indexing.EsiPaper;
import org.acta.matching.indexing.EsiPaperKind;
import org.acta.matching.indexing.EsiPaperList;
import org.acta.matching.indexing.JcrEntry;
import org.acta.matching.indexing.JcrTable;
import org.acta.matching.indexing.JournalList;
import org.acta.matching.indexing.JournalListEntry;
import org.acta.matching.indexing.JournalListKind;
import org.acta.matching.indexing.SubjectMapping;
import org.acta.matching.normalize.Issn;

/**
 * Turns the rows of one list file into the engine's list values, checking every cell it uses.
 * A file may hold several editions (or JCR years); rows are grouped by them in file order.
 */
final class ListRowMappers {
  private ListRowMappers() {}

  static List<JournalList> journalLists(ListTable t) throws ListFormatException {
    require(t, ListColumn.EDITION, ListColumn.VALID_FROM);
    requireOne(t, ListColumn.TITLE, ListColumn.ISSN, ListColumn.CN);
    Map<String, List<JournalListEntry>> entries = new LinkedHashMap<>();
    Map<String, int[]> years = new LinkedHashMap<>();
    Map<String, JournalListKind> kinds = new LinkedHashMap<>();
    Map<String, String> editions = new LinkedHashMap<>();
    for (ListRow r : t.rows()) {
      String listName = r.required(ListColumn.LIST);
      JournalListKind kind = JournalListKind.parse(listName);
      if (kind == null) {
        throw r.error(ListColumn.LIST, "\"" + listName + "\" is not CSSCI, CSCD or PKU_CORE");
      }
      String edition = r.required(ListColumn.EDITION);
      int from = r.requiredYear(ListColumn.VALID_FROM);
      Integer to = r.year(ListColumn.VALID_TO);
      if (to != null && to < from) {
        throw r.error(ListColumn.VALID_TO, to + " is before valid_from " + from);
      }
      String key = kind + "\u0000" + edition;
      int[] y = years.computeIfAbsent(key, k -> new int[] {from, to == null ? 0 : to});
      if (y[0] != from || y[1] != (to == null ? 0 : to)) {
        throw r.error(ListColumn.VALID_FROM, kind + " " + edition + " has other years on an"
            + " earlier line (" + y[0] + "-" + (y[1] == 0 ? "" : y[1]) + ")");
      }
      kinds.put(key, kind);
      editions.put(key, edition);
      String issn = checkedIssn(r, ListColumn.ISSN);
      String eissn = checkedIssn(r, ListColumn.EISSN);
      String title = r.get(ListColumn.TITLE);
      String cn = r.get(ListColumn.CN);
      if (title == null && issn == null && eissn == null && cn == null) {
        throw r.error(ListColumn.TITLE, "the row names no journal (title, issn, eissn and cn"
            + " are all empty)");
      }
      entries.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new JournalListEntry(title, issn, eissn, cn, r.get(ListColumn.TIER)));
    }
    List<JournalList> out = new ArrayList<>();
    for (String key : entries.keySet()) {
      int[] y = years.get(key);
      out.add(new JournalList(kinds.get(key), editions.get(key), y[0],
          y[1] == 0 ? null : y[1], entries.get(key)));
    }
    return out;
  }

  static List<JcrTable> jcrTables(ListTable t) throws ListFormatException {
    require(t, ListColumn.YEAR);
    requireOne(t, ListColumn.TITLE, ListColumn.ISSN, ListColumn.EISSN);
    Map<Integer, List<JcrEntry>> byYear = new LinkedHashMap<>();
    for (ListRow r : t.rows()) {
      int year = r.requiredYear(ListColumn.YEAR);
      String q = quartile(r);
      byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new JcrEntry(
          r.get(ListColumn.TITLE), checkedIssn(r, ListColumn.ISSN),
          checkedIssn(r, ListColumn.EISSN), r.get(ListColumn.CATEGORY),
          r.get(ListColumn.EDITION), r.decimal(ListColumn.IMPACT_FACTOR), q));
    }
    List<JcrTable> out = new ArrayList<>();
    byYear.forEach((y, e) -> out.add(new JcrTable(y, e)));
    return out;
  }

  private static String quartile(ListRow r) throws ListFormatException {
    String q = r.get(ListColumn.QUARTILE);
    if (q == null || q.equalsIgnoreCase("n/a")) {
      return null;
    }
    String s = q.toUpperCase(java.util.Locale.ROOT).replace("区", "");
    if (s.matches("[1-4]")) {
      return "Q" + s;
    }
    if (!s.matches("Q[1-4]")) {
      throw r.error(ListColumn.QUARTILE, "\"" + q + "\" is not Q1-Q4");
    }
    return s;
  }

  static List<EsiJournalList> esiJournalLists(ListTable t) throws ListFormatException {
    require(t, ListColumn.EDITION);
    Map<String, List<EsiJournal>> byEdition = new LinkedHashMap<>();
    for (ListRow r : t.rows()) {
      byEdition.computeIfAbsent(r.required(ListColumn.EDITION), e -> new ArrayList<>())
          .add(new EsiJournal(r.get(ListColumn.TITLE), checkedIssn(r, ListColumn.ISSN),
              checkedIssn(r, ListColumn.EISSN), r.required(ListColumn.ESI_FIELD)));
    }
    List<EsiJournalList> out = new ArrayList<>();
    byEdition.forEach((e, l) -> out.add(new EsiJournalList(e, l)));
    return out;
  }

  static List<EsiPaperList> esiPaperLists(ListTable t) throws ListFormatException {
    require(t, ListColumn.LIST, ListColumn.EDITION);
    Map<String, List<EsiPaper>> byEdition = new LinkedHashMap<>();
    Map<String, EsiPaperKind> kinds = new LinkedHashMap<>();
    Map<String, String> editions = new LinkedHashMap<>();
    for (ListRow r : t.rows()) {
      String listName = r.required(ListColumn.LIST);
      EsiPaperKind kind = EsiPaperKind.parse(listName);
      if (kind == null) {
        throw r.error(ListColumn.LIST, "\"" + listName + "\" is not highly_cited or hot");
      }
      String edition = r.required(ListColumn.EDITION);
      String doi = r.get(ListColumn.DOI);
      String ut = r.get(ListColumn.WOS_UT);
      if (doi == null && ut == null) {
        throw r.error(ListColumn.DOI, "the row names no paper (doi and wos_ut are empty)");
      }
      if (doi != null && org.acta.matching.normalize.Doi.normalize(doi) == null) {
        throw r.error(ListColumn.DOI, "\"" + doi + "\" is not a DOI");
      }
      String key = kind + "\u0000" + edition;
      kinds.put(key, kind);
      editions.put(key, edition);
      byEdition.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new EsiPaper(doi, ut, r.get(ListColumn.ESI_FIELD)));
    }
    List<EsiPaperList> out = new ArrayList<>();
    byEdition.forEach((k, l) -> out.add(new EsiPaperList(kinds.get(k), editions.get(k), l)));
    return out;
  }

  static List<SubjectMapping.Row> subjects(ListTable t) throws ListFormatException {
    List<SubjectMapping.Row> out = new ArrayList<>();
    for (ListRow r : t.rows()) {
      out.add(new SubjectMapping.Row(r.required(ListColumn.CATEGORY),
          r.get(ListColumn.ESI_FIELD), r.get(ListColumn.DISCIPLINE)));
    }
    return out;
  }

  /** The ISSN as printed, after checking that it is one (check digit included); null if blank. */
  private static String checkedIssn(ListRow r, ListColumn c) throws ListFormatException {
    String v = r.get(c);
    if (v == null || v.equalsIgnoreCase("n/a") || v.equals("-")) {
      return null;
    }
    if (Issn.normalize(v) == null) {
      // one mistyped ISSN should not reject a list of thousands: the row keeps its other keys
      r.warn(c, "\"" + v + "\" is not a valid ISSN (NNNN-NNNC with its check digit); ignored");
      return null;
    }
    return v;
  }

  private static void require(ListTable t, ListColumn... columns) throws ListFormatException {
    for (ListColumn c : columns) {
      if (!t.has(c)) {
        throw new ListFormatException(t.file(), 0, c.canonical(), "missing from the header");
      }
    }
  }

  private static void requireOne(ListTable t, ListColumn... columns) throws ListFormatException {
    for (ListColumn c : columns) {
      if (t.has(c)) {
        return;
      }
    }
    List<String> names = java.util.Arrays.stream(columns).map(ListColumn::canonical).toList();
    throw new ListFormatException(t.file(), 0, null,
        "the header has none of " + String.join(", ", names));
  }
}
