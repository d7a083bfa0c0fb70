package org.acta.core.application.indexing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acta.core.domain.shared.Sha256;
import org.acta.matching.indexing.EsiJournal;
import org.acta.matching.indexing.EsiJournalList;
import org.acta.matching.indexing.EsiPaper;
import org.acta.matching.indexing.EsiPaperKind;
import org.acta.matching.indexing.EsiPaperList;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.indexing.JcrEntry;
import org.acta.matching.indexing.JcrTable;
import org.acta.matching.indexing.JournalList;
import org.acta.matching.indexing.JournalListEntry;
import org.acta.matching.indexing.JournalListKind;
import org.acta.matching.indexing.SubjectMapping;

/**
 * One list edition as the database stores it ({@code index_list} + {@code index_list_entry}):
 * the engine's list values flattened to one entry shape, and back.
 *
 * @param type {@code JOURNAL_LIST}, {@code JCR}, {@code ESI_JOURNALS}, {@code ESI_PAPERS},
 *     {@code SUBJECTS}
 * @param name the list: {@code CSSCI}, {@code CSCD}, {@code PKU_CORE}, {@code JCR}, {@code ESI},
 *     {@code HIGHLY_CITED}, {@code HOT}, {@code SUBJECTS}
 * @param edition the edition ({@code 2023-2024}, the JCR year, {@code 2025-09}; {@code current}
 *     for the subject mapping)
 */
record StoredList(String type, String name, String edition, Integer validFrom, Integer validTo,
    List<Entry> entries) {

  static final String JOURNAL_LIST = "JOURNAL_LIST";
  static final String JCR = "JCR";
  static final String ESI_JOURNALS = "ESI_JOURNALS";
  static final String ESI_PAPERS = "ESI_PAPERS";
  static final String SUBJECTS = "SUBJECTS";

  /** One entry, every column of {@code index_list_entry} (unused ones null). */
  record Entry(String title, String issn, String eissn, String cnNumber, String tier,
      String category, String jcrEdition, String impactFactor, String quartile, String esiField,
      String doi, String wosUt, String discipline) {

    List<String> values() {
      return java.util.Arrays.asList(title, issn, eissn, cnNumber, tier, category, jcrEdition,
          impactFactor, quartile, esiField, doi, wosUt, discipline);
    }
  }

  StoredList {
    entries = List.copyOf(entries);
  }

  /** {@code CSSCI 2023-2024}, {@code JCR 2024}, {@code HIGHLY_CITED 2025-09}. */
  String label() {
    return name + " " + edition;
  }

  /** The hash of what the list says: a re-import of the same content is not a new version. */
  String contentHash() {
    StringBuilder b = new StringBuilder();
    b.append(type).append('\u0000').append(name).append('\u0000').append(edition).append('\u0000')
        .append(validFrom).append('\u0000').append(validTo).append('\n');
    for (Entry e : entries) {
      for (String v : e.values()) {
        b.append(v == null ? "\u0001" : v).append('\u0000');
      }
      b.append('\n');
    }
    return Sha256.hex(b.toString());
  }

  /** Every edition of {@code lists}, flattened. */
  static List<StoredList> of(IndexingLists lists) {
    List<StoredList> out = new ArrayList<>();
    for (JournalList l : lists.journalLists()) {
      List<Entry> es = new ArrayList<>();
      for (JournalListEntry e : l.entries()) {
        es.add(new Entry(e.title(), e.issn(), e.eissn(), e.cnNumber(), e.tier(), null, null, null,
            null, null, null, null, null));
      }
      out.add(new StoredList(JOURNAL_LIST, l.kind().name(), l.edition(), l.firstYear(),
          l.lastYear(), es));
    }
    for (JcrTable t : lists.jcrTables().values()) {
      List<Entry> es = new ArrayList<>();
      for (JcrEntry e : t.entries()) {
        es.add(new Entry(e.title(), e.issn(), e.eissn(), null, null, e.category(), e.edition(),
            e.impactFactor() == null ? null : e.impactFactor().toPlainString(), e.quartile(),
            null, null, null, null));
      }
      out.add(new StoredList(JCR, JCR, Integer.toString(t.year()), t.year(), t.year(), es));
    }
    for (EsiJournalList l : lists.esiJournalLists().values()) {
      List<Entry> es = new ArrayList<>();
      for (EsiJournal e : l.entries()) {
        es.add(new Entry(e.title(), e.issn(), e.eissn(), null, null, null, null, null, null,
            e.field(), null, null, null));
      }
      out.add(new StoredList(ESI_JOURNALS, "ESI", l.edition(), null, null, es));
    }
    for (EsiPaperKind k : EsiPaperKind.values()) {
      for (EsiPaperList l : lists.esiPaperLists(k).values()) {
        List<Entry> es = new ArrayList<>();
        for (EsiPaper p : l.papers()) {
          es.add(new Entry(null, null, null, null, null, null, null, null, null, p.field(),
              p.doi(), p.wosUt(), null));
        }
        out.add(new StoredList(ESI_PAPERS, k.name(), l.edition(), null, null, es));
      }
    }
    if (!lists.subjects().rows().isEmpty()) {
      List<Entry> es = new ArrayList<>();
      for (SubjectMapping.Row r : lists.subjects().rows()) {
        es.add(new Entry(null, null, null, null, null, r.wosCategory(), null, null, null,
            r.esiField(), null, null, r.discipline()));
      }
      out.add(new StoredList(SUBJECTS, SUBJECTS, "current", null, null, es));
    }
    return out;
  }

  /** The engine's lists from stored editions. */
  static IndexingLists toLists(List<StoredList> stored) {
    List<JournalList> journals = new ArrayList<>();
    List<JcrTable> jcr = new ArrayList<>();
    List<EsiJournalList> esiJournals = new ArrayList<>();
    List<EsiPaperList> papers = new ArrayList<>();
    List<SubjectMapping.Row> subjects = new ArrayList<>();
    for (StoredList s : stored) {
      switch (s.type()) {
        case JOURNAL_LIST -> journals.add(new JournalList(JournalListKind.valueOf(s.name()),
            s.edition(), s.validFrom(), s.validTo(), s.entries().stream()
                .map(e -> new JournalListEntry(e.title(), e.issn(), e.eissn(), e.cnNumber(),
                    e.tier())).toList()));
        case JCR -> jcr.add(new JcrTable(Integer.parseInt(s.edition()), s.entries().stream()
            .map(e -> new JcrEntry(e.title(), e.issn(), e.eissn(), e.category(), e.jcrEdition(),
                e.impactFactor() == null ? null : new BigDecimal(e.impactFactor()), e.quartile()))
            .toList()));
        case ESI_JOURNALS -> esiJournals.add(new EsiJournalList(s.edition(), s.entries().stream()
            .map(e -> new EsiJournal(e.title(), e.issn(), e.eissn(), e.esiField())).toList()));
        case ESI_PAPERS -> papers.add(new EsiPaperList(EsiPaperKind.valueOf(s.name()),
            s.edition(), s.entries().stream()
                .map(e -> new EsiPaper(e.doi(), e.wosUt(), e.esiField())).toList()));
        case SUBJECTS -> s.entries().forEach(e -> subjects.add(
            new SubjectMapping.Row(e.category(), e.esiField(), e.discipline())));
        default -> throw new IllegalStateException("unknown stored list type " + s.type());
      }
    }
    return new IndexingLists(journals, jcr, esiJournals, papers, new SubjectMapping(subjects));
  }

  /** Editions by key {@code type|name|edition}, for lookups. */
  static Map<String, StoredList> byKey(List<StoredList> lists) {
    Map<String, StoredList> m = new TreeMap<>();
    lists.forEach(l -> m.put(l.key(), l));
    return m;
  }

  String key() {
    return type + "|" + name + "|" + edition;
  }
}
