package org.acta.matching.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.dedup.PossibleMatch;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the files of the offline contract ({@code shared/design/evaluation.md}) as RFC 4180 CSV
 * with a header row. The caller opens and closes the writers (UTF-8).
 */
public final class PipelineCsvWriter {
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  /** {@code works.csv}: {@code work_id,source_key}, one row per source record. */
  public void writeWorks(PipelineResult result, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      p.printRecord("work_id", "source_key");
      for (Work w : result.dedup().works()) {
        for (SourceRecord r : w.records()) {
          p.printRecord(w.id(), r.sourceKey());
        }
      }
    }
  }

  /** {@code table.csv}: the one table, auto-applied rows. */
  public void writeTable(PipelineResult result, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      p.printRecord(TableRow.COLUMNS);
      for (TableRow row : result.table()) {
        p.printRecord(row.values());
      }
    }
  }

  /**
   * {@code indexing.csv} (runs with lists): per work, the indexing values, the JCR year and
   * categories, the ESI editions that list it, the university's disciplines, and the provenance
   * of every value with the rule that chose it.
   */
  public void writeIndexing(PipelineResult result, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      p.printRecord("work_id", "indexed_in", "jcr_year", "jcr_quartile", "impact_factor",
          "jcr_categories", "esi_field", "esi_highly_cited", "esi_highly_cited_editions",
          "esi_hot", "esi_hot_editions", "disciplines", "provenance");
      for (var e : result.indexing().entrySet()) {
        var i = e.getValue();
        p.printRecord(e.getKey(), i.indexedInText(), i.jcrYear(), i.jcrQuartile(),
            i.impactFactorText(), String.join(";", i.jcrCategories()), i.esiField(),
            i.esiHighlyCited(), String.join(";", i.highlyCitedEditions()), i.esiHot(),
            String.join(";", i.hotEditions()), String.join(";", i.disciplines()),
            i.provenanceText());
      }
    }
  }

  /** {@code review.csv}: author positions for a person to decide, with the best candidate. */
  public void writeReview(PipelineResult result, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      p.printRecord("work_id", "author_rank", "author_name", "person_id", "score", "reasons");
      for (AuthorshipDecision d : result.decisions()) {
        if (d.outcome() == Outcome.REVIEW) {
          p.printRecord(d.workId(), d.authorRank(), d.authorName(), d.personId(),
              String.format(Locale.ROOT, "%.4f", d.score()), String.join("; ", d.reasons()));
        }
      }
    }
  }

  /**
   * {@code review-duplicates.csv}: record pairs deduplication could not decide (not part of the
   * scored contract; the staff queue's other kind of item).
   */
  public void writeDuplicateReview(PipelineResult result, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      p.printRecord("work_id_a", "source_key_a", "work_id_b", "source_key_b", "probability",
          "evidence");
      for (PossibleMatch m : result.dedup().possibleMatches()) {
        p.printRecord(m.workIdA(), m.sourceKeyA(), m.workIdB(), m.sourceKeyB(),
            String.format(Locale.ROOT, "%.4f", m.probability()), String.join("; ", m.evidence()));
      }
    }
  }
}
