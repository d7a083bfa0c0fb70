package org.acta.matching.pipeline;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.indexing.Indexing;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkField;

/**
 * Builds rows of the one table from a work's merged view and an attribution decision. Where the
 * merged view lacks a field, the first member record that has it supplies it, so that no value a
 * source gave is lost from the row. With an {@link Indexing} the indexing columns come from it
 * (the records' own indexes and the imported lists); without one, {@code indexed_in} is the
 * records' own indexes and the JCR and ESI columns are empty.
 */
public final class TableRowAssembler {

  /** Status of a row applied by the pipeline without a person's decision. */
  public static final String STATUS_AUTO = "auto";

  private final long version;

  /** @param version the change sequence number given to every row built (1 offline) */
  public TableRowAssembler(long version) {
    this.version = version;
  }

  public TableRow row(Work work, AuthorshipDecision d) {
    return row(work, d, null);
  }

  /** The row with the indexing columns of {@code indexing} (null: the records' own only). */
  public TableRow row(Work work, AuthorshipDecision d, Indexing indexing) {
    return new TableRow(
        StableIds.rowId(work.id(), d.personId()),
        work.id(),
        d.personId(),
        d.personName(),
        d.personKind(),
        d.unitId(),
        d.authorRank(),
        d.firstAuthor(),
        d.corresponding(),
        d.firstAffiliationIsInstitution(),
        field(work, WorkField.TITLE, SourceRecord::title),
        field(work, WorkField.TITLE_ALT, SourceRecord::titleAlt),
        field(work, WorkField.SOURCE_TITLE, SourceRecord::sourceTitle),
        field(work, WorkField.ISSN, r -> r.ids().issn()),
        field(work, WorkField.EISSN, r -> r.ids().eissn()),
        year(work),
        field(work, WorkField.VOLUME, SourceRecord::volume),
        field(work, WorkField.ISSUE, SourceRecord::issue),
        field(work, WorkField.PAGES, TableRowAssembler::pages),
        doi(work),
        field(work, WorkField.DOCUMENT_TYPE, r -> r.documentType().tableValue()),
        field(work, WorkField.LANGUAGE, SourceRecord::language),
        indexing == null ? indexedIn(work) : indexing.indexedInText(),
        field(work, WorkField.WOS_UT, r -> r.ids().wosUt()),
        field(work, WorkField.EI_ACCESSION, r -> r.ids().eiAccession()),
        field(work, WorkField.CNKI_ID, r -> r.ids().cnkiId()),
        indexing == null ? null : indexing.jcrQuartile(),
        indexing == null ? null : indexing.impactFactorText(),
        indexing == null ? null : indexing.esiField(),
        indexing != null && indexing.esiHighlyCited(),
        indexing != null && indexing.esiHot(),
        STATUS_AUTO,
        d.score(),
        version,
        false);
  }

  /**
   * A stored row with its indexing columns recomputed for {@code work} (every other column,
   * people's decisions included, kept): what a re-index after a list change writes.
   *
   * @param indexing the work's indexing, or null for the records' own indexes only
   */
  public TableRow reindexed(TableRow row, Work work, Indexing indexing) {
    return new TableRow(row.rowId(), row.workId(), row.personId(), row.personName(),
        row.personKind(), row.unitId(), row.authorRank(), row.firstAuthor(), row.corresponding(),
        row.firstAffiliationIsInstitution(), row.title(), row.titleAlt(), row.sourceTitle(),
        row.issn(), row.eissn(), row.year(), row.volume(), row.issue(), row.pages(), row.doi(),
        row.documentType(), row.language(),
        indexing == null ? indexedIn(work) : indexing.indexedInText(),
        row.wosUt(), row.eiAccession(), row.cnkiId(),
        indexing == null ? null : indexing.jcrQuartile(),
        indexing == null ? null : indexing.impactFactorText(),
        indexing == null ? null : indexing.esiField(),
        indexing != null && indexing.esiHighlyCited(),
        indexing != null && indexing.esiHot(),
        row.status(), row.confidence(), row.version(), row.deleted());
  }

  /** Whether two rows differ in an indexing column. */
  public static boolean indexingDiffers(TableRow a, TableRow b) {
    return !java.util.Objects.equals(a.indexedIn(), b.indexedIn())
        || !java.util.Objects.equals(a.jcrQuartile(), b.jcrQuartile())
        || !java.util.Objects.equals(a.impactFactor(), b.impactFactor())
        || !java.util.Objects.equals(a.esiField(), b.esiField())
        || a.esiHighlyCited() != b.esiHighlyCited() || a.esiHot() != b.esiHot();
  }

  private static String field(Work work, WorkField f, Function<SourceRecord, String> fallback) {
    String merged = work.merged().get(f);
    if (merged != null && !merged.isBlank()) {
      return merged;
    }
    for (SourceRecord r : work.records()) {
      String v = fallback.apply(r);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static Integer year(Work work) {
    String merged = work.merged().get(WorkField.YEAR);
    if (merged != null && merged.matches("\\d{4}")) {
      return Integer.valueOf(merged);
    }
    return work.records().stream()
        .map(SourceRecord::year)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static String doi(Work work) {
    String v = field(work, WorkField.DOI, r -> r.ids().doi());
    if (v == null) {
      return null;
    }
    String s = v.strip().toLowerCase(Locale.ROOT);
    int at = s.indexOf("10.");
    return at > 0 ? s.substring(at) : s;
  }

  private static String pages(SourceRecord r) {
    if (r.pageStart() != null && !r.pageStart().isBlank()) {
      return r.pageEnd() == null || r.pageEnd().isBlank()
          ? r.pageStart().strip()
          : r.pageStart().strip() + "-" + r.pageEnd().strip();
    }
    if (r.articleNumber() != null && !r.articleNumber().isBlank()) {
      return r.articleNumber().strip();
    }
    return r.pagesRaw();
  }

  private static String indexedIn(Work work) {
    String merged = work.merged().get(WorkField.INDEXED_IN);
    if (merged != null && !merged.isBlank()) {
      return merged;
    }
    Set<String> lists = new LinkedHashSet<>();
    for (SourceRecord r : work.records()) {
      if (r.source() == SourceDatabase.WOS) {
        lists.addAll(r.editions());
      } else if (r.source() == SourceDatabase.EI
          && (r.database() == null || r.database().toLowerCase(Locale.ROOT).contains("compendex"))) {
        lists.add("EI");
      }
    }
    return lists.isEmpty() ? null : String.join(";", lists);
  }
}
