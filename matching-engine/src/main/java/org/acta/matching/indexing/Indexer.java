package org.acta.matching.indexing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.normalize.Doi;
import org.acta.matching.work.MergedWork;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkField;
import org.acta.matching.work.WorkMerger;

/**
 * Answers the indexing columns of a work from its merged view, its member records and the
 * imported lists: {@code indexed_in} is the union of the records' own indexes (WoS editions, EI
 * Compendex) and the journal lists valid in the publication year; JCR quartile and impact factor
 * by the configured {@link JcrYearRule}; ESI field from the ESI journal list (the paper's own
 * field where an ESI paper list gives one, else the mapping of the JCR categories); ESI flags
 * with the editions that list the work. Stateless apart from the lists; thread-safe.
 */
public final class Indexer {
  private static final String PROCEEDINGS_PAPER =
      org.acta.matching.model.DocumentType.PROCEEDINGS_PAPER.tableValue();
  private final IndexingLists lists;
  private final IndexingConfig config;

  public Indexer(IndexingLists lists, IndexingConfig config) {
    this.lists = Objects.requireNonNull(lists, "lists");
    this.config = Objects.requireNonNull(config, "config");
  }

  public IndexingLists lists() {
    return lists;
  }

  public IndexingConfig config() {
    return config;
  }

  public Indexing index(Work work) {
    return index(work.merged(), work.records());
  }

  public Indexing index(MergedWork merged, List<SourceRecord> records) {
    Map<String, String> provenance = new LinkedHashMap<>();
    Integer year = publicationYear(merged, records);
    JournalKey journal = journalKey(merged, records);

    Set<Index> indexes = EnumSet.noneOf(Index.class);
    List<String> indexedWhy = new ArrayList<>();
    recordIndexes(merged, records, indexes, indexedWhy);
    listIndexes(year, journal, indexes, indexedWhy);
    if (!indexedWhy.isEmpty()) {
      provenance.put("indexed_in", String.join("; ", indexedWhy));
    }

    Jcr jcr = conferenceCaveat(merged, jcr(year, journal));
    provenance.put("jcr_quartile", jcr.why);

    PaperIds paper = PaperIds.of(merged, records);
    List<String> hcEditions = paperEditions(EsiPaperKind.HIGHLY_CITED, paper);
    List<String> hotEditions = paperEditions(EsiPaperKind.HOT, paper);
    boolean hc = flag(EsiPaperKind.HIGHLY_CITED, hcEditions);
    boolean hot = flag(EsiPaperKind.HOT, hotEditions);
    if (!lists.esiPaperLists(EsiPaperKind.HIGHLY_CITED).isEmpty()
        || !lists.esiPaperLists(EsiPaperKind.HOT).isEmpty()) {
      provenance.put("esi_highly_cited", flagWhy(EsiPaperKind.HIGHLY_CITED, hcEditions));
      provenance.put("esi_hot", flagWhy(EsiPaperKind.HOT, hotEditions));
    }

    String esiField = esiField(journal, paper, jcr, provenance);
    List<String> disciplines = lists.subjects().disciplines(jcr.categories);
    return new Indexing(List.copyOf(indexes), jcr.quartile, jcr.impactFactor, jcr.year,
        jcr.categories, esiField, hcEditions, hotEditions, hc, hot, disciplines, provenance);
  }

  private static Integer publicationYear(MergedWork merged, List<SourceRecord> records) {
    String y = merged.get(WorkField.YEAR);
    if (y != null && y.matches("\\d{4}")) {
      return Integer.valueOf(y);
    }
    return records.stream().map(SourceRecord::year).filter(Objects::nonNull).findFirst()
        .orElse(null);
  }

  /** The journal's ISSNs, CN numbers and titles as the merged view and every record give them. */
  static JournalKey journalKey(MergedWork merged, List<SourceRecord> records) {
    List<String> issns = new ArrayList<>();
    List<String> cns = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    issns.add(merged.get(WorkField.ISSN));
    issns.add(merged.get(WorkField.EISSN));
    addTitle(titles, merged.get(WorkField.SOURCE_TITLE));
    for (SourceRecord r : records) {
      issns.add(r.ids().issn());
      issns.add(r.ids().eissn());
      cns.add(r.ids().cnNumber());
      addTitle(titles, r.sourceTitle());
    }
    issns.removeIf(Objects::isNull);
    cns.removeIf(Objects::isNull);
    return JournalKey.of(issns, cns, titles);
  }

  /** EV prints Chinese journals as {@code Pinyin Title/English Title}: both halves are titles. */
  private static void addTitle(List<String> titles, String title) {
    if (title == null || title.isBlank()) {
      return;
    }
    titles.add(title);
    int slash = title.indexOf('/');
    if (slash > 0 && slash < title.length() - 1 && title.indexOf('/', slash + 1) < 0) {
      titles.add(title.substring(0, slash));
      titles.add(title.substring(slash + 1));
    }
  }

  private static void recordIndexes(MergedWork merged, List<SourceRecord> records,
      Set<Index> indexes, List<String> why) {
    Set<Index> own = EnumSet.noneOf(Index.class);
    String m = merged.get(WorkField.INDEXED_IN);
    if (m != null) {
      for (String code : m.split(";")) {
        Index i = Index.ofCode(code);
        if (i != null) {
          own.add(i);
        }
      }
    } else {
      for (SourceRecord r : records) {
        for (String e : r.editions()) {
          Index i = Index.ofCode(WorkMerger.editionCode(e));
          if (i != null) {
            own.add(i);
          }
        }
      }
    }
    if (!own.isEmpty()) {
      indexes.addAll(own);
      why.add(codes(own) + " from the source records");
    }
  }

  private void listIndexes(Integer year, JournalKey journal, Set<Index> indexes,
      List<String> why) {
    if (journal.isEmpty()) {
      return;
    }
    for (JournalList l : lists.journalListsValidIn(year)) {
      Optional<JournalMatch<JournalListEntry>> m = l.find(journal);
      if (m.isEmpty()) {
        continue;
      }
      boolean allExtended = m.get().entries().stream().allMatch(JournalListEntry::extended);
      String part = allExtended ? " (extended)" : "";
      if (allExtended && !config.extendedCounts()) {
        why.add("not " + l.kind().index().code() + ": only in the extended part of " + l.kind()
            + " " + l.edition() + ", which does not count");
        continue;
      }
      indexes.add(l.kind().index());
      why.add(l.kind().index().code() + " from " + l.kind() + " " + l.edition() + part
          + " (valid " + lists.validity(l) + ", publication year " + year + "), matched by "
          + m.get().matchedBy());
    }
  }

  private static String codes(Set<Index> s) {
    return String.join(";", s.stream().map(Index::code).toList());
  }

  /** The JCR values of a work and why. */
  private record Jcr(Integer year, String quartile, BigDecimal impactFactor,
      List<String> categories, String why) {}

  private Jcr jcr(Integer pubYear, JournalKey journal) {
    String rule = "rule: " + config.jcrYearRule().words();
    Integer jcrYear = config.jcrYearRule().choose(pubYear,
        lists.jcrTables().navigableKeySet());
    if (jcrYear == null) {
      String why = lists.jcrTables().isEmpty()
          ? "no JCR imported"
          : "no JCR year applies to publication year " + pubYear + " (imported: "
              + lists.jcrTables().keySet() + ")";
      return new Jcr(null, null, null, List.of(), why + "; " + rule);
    }
    Optional<JournalMatch<JcrEntry>> m = lists.jcrTables().get(jcrYear).find(journal);
    if (m.isEmpty()) {
      return new Jcr(null, null, null, List.of(),
          "journal not in JCR " + jcrYear + "; " + rule);
    }
    // a journal in several categories takes its best quartile, as appraisal rules count it
    JcrEntry best = m.get().entries().stream()
        .min(Comparator.comparingInt(JcrEntry::quartileRank)).orElseThrow();
    BigDecimal impact = m.get().entries().stream().map(JcrEntry::impactFactor)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    List<String> categories = m.get().entries().stream().map(JcrEntry::category)
        .filter(c -> c != null && !c.isBlank()).distinct().toList();
    String why = "JCR " + jcrYear + " (publication year " + pubYear + "; " + rule + ")"
        + (best.quartile() == null ? ", no quartile"
            : ", " + best.quartile() + " in " + best.category()
                + (best.edition() == null || best.edition().isBlank() ? "" : " (" + best.edition() + ")"))
        + (impact == null ? "" : ", IF " + impact.toPlainString())
        + ", matched by " + m.get().matchedBy();
    return new Jcr(jcrYear, best.quartile(), impact, categories, why);
  }

  /**
   * JCR ranks journals, not proceedings volumes. A conference paper printed in a journal that
   * JCR lists (EI's "conference article") keeps that journal's quartile, and the provenance says
   * the quartile is the journal's; one in a proceedings volume has none, and the provenance says
   * why rather than only "not in JCR", so nobody goes looking for the proceedings in the JCR.
   */
  private static Jcr conferenceCaveat(MergedWork merged, Jcr jcr) {
    if (!PROCEEDINGS_PAPER.equals(merged.get(WorkField.DOCUMENT_TYPE))) {
      return jcr;
    }
    if (jcr.year != null) { // the source is a journal in the JCR year the rule chose
      return new Jcr(jcr.year, jcr.quartile, jcr.impactFactor, jcr.categories,
          "conference paper published in a journal JCR ranks: the journal's quartile; "
              + jcr.why);
    }
    return new Jcr(null, null, null, List.of(), "no quartile for a conference paper: JCR ranks"
        + " journals, not proceedings (" + jcr.why + ")");
  }

  /** The paper's WoS UTs and DOIs, normalised, from the merged view and every record. */
  private record PaperIds(Set<String> uts, Set<String> dois) {
    static PaperIds of(MergedWork merged, List<SourceRecord> records) {
      Set<String> uts = new LinkedHashSet<>();
      Set<String> dois = new LinkedHashSet<>();
      addIfNotNull(uts, EsiPaper.utKey(merged.get(WorkField.WOS_UT)));
      addIfNotNull(dois, Doi.normalize(merged.get(WorkField.DOI)));
      for (SourceRecord r : records) {
        addIfNotNull(uts, EsiPaper.utKey(r.ids().wosUt()));
        addIfNotNull(dois, Doi.normalize(r.ids().doi()));
      }
      return new PaperIds(uts, dois);
    }
  }

  private List<String> paperEditions(EsiPaperKind kind, PaperIds paper) {
    List<String> editions = new ArrayList<>();
    for (EsiPaperList l : lists.esiPaperLists(kind).values()) {
      if (l.find(paper.uts(), paper.dois()).isPresent()) {
        editions.add(l.edition());
      }
    }
    return editions;
  }

  private static void addIfNotNull(Set<String> s, String v) {
    if (v != null) {
      s.add(v);
    }
  }

  private boolean flag(EsiPaperKind kind, List<String> editions) {
    if (editions.isEmpty()) {
      return false;
    }
    return switch (config.esiFlagRule()) {
      case EVER -> true;
      case LATEST_EDITION -> editions.contains(lists.esiPaperLists(kind).lastKey());
    };
  }

  private String flagWhy(EsiPaperKind kind, List<String> editions) {
    String name = kind == EsiPaperKind.HOT ? "hot paper" : "highly cited paper";
    String rule = "rule: " + config.esiFlagRule().words() + " ("
        + lists.esiPaperLists(kind).size() + " editions imported)";
    return editions.isEmpty()
        ? "not an ESI " + name + "; " + rule
        : "ESI " + name + " in " + String.join(", ", editions) + "; " + rule;
  }

  private String esiField(JournalKey journal, PaperIds paper, Jcr jcr,
      Map<String, String> provenance) {
    for (EsiPaperKind kind : EsiPaperKind.values()) {
      // latest edition first: ESI may reassign a paper's field
      for (EsiPaperList l : lists.esiPaperLists(kind).descendingMap().values()) {
        Optional<EsiPaper> p = l.find(paper.uts(), paper.dois());
        if (p.isPresent() && p.get().field() != null && !p.get().field().isBlank()) {
          provenance.put("esi_field", "the paper's field in ESI " + kind.name()
              .toLowerCase(Locale.ROOT).replace('_', ' ') + " " + l.edition());
          return p.get().field().strip();
        }
      }
    }
    if (!lists.esiJournalLists().isEmpty() && !journal.isEmpty()) {
      EsiJournalList latest = lists.esiJournalLists().lastEntry().getValue();
      Optional<JournalMatch<EsiJournal>> m = latest.find(journal);
      if (m.isPresent()) {
        provenance.put("esi_field", "ESI journal list " + latest.edition() + ", matched by "
            + m.get().matchedBy());
        return m.get().first().field().strip();
      }
    }
    Optional<String> mapped = lists.subjects().esiField(jcr.categories);
    if (mapped.isPresent()) {
      provenance.put("esi_field", "mapped from the JCR " + jcr.year + " categories "
          + jcr.categories + " by the subject mapping");
      return mapped.get();
    }
    if (!lists.esiJournalLists().isEmpty()) {
      provenance.put("esi_field", "journal not in ESI journal list "
          + lists.esiJournalLists().lastKey());
    }
    return null;
  }
}
