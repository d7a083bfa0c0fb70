package org.acta.matching.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.indexing.EsiPaper;
import org.acta.matching.indexing.EsiPaperKind;
import org.acta.matching.indexing.EsiPaperList;
import org.acta.matching.indexing.Indexer;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.indexing.JcrEntry;
import org.acta.matching.indexing.JcrTable;
import org.acta.matching.indexing.JournalList;
import org.acta.matching.indexing.JournalListEntry;
import org.acta.matching.indexing.JournalListKind;
import org.acta.matching.indexing.SubjectMapping;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.MergeRules;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkMerger;
import org.junit.jupiter.api.Test;

/** The indexing columns of the one table, with and without lists. */
class TableRowAssemblerIndexingTest {
  static final String ISSN = "2001-0028";

  static SourceRecord wosRecord() {
    return SourceRecord.builder()
        .origin(new RecordOrigin("wos.txt", 1, 1, 5, "PT J"))
        .source(SourceDatabase.WOS)
        .year(2024)
        .title("A made-up paper")
        .sourceTitle("JOURNAL OF EXAMPLE MATERIALS")
        .editions(List.of("Science Citation Index Expanded (SCI-EXPANDED)"))
        .ids(new Identifiers("WOS:000000000000042", null, null, "10.97001/x.42", ISSN, null,
            List.of(), null, null))
        .build();
  }

  static Work work() {
    List<SourceRecord> rs = List.of(wosRecord());
    return new Work("W1", rs, new WorkMerger(MergeRules.defaults()).merge(rs), List.of());
  }

  static AuthorshipDecision decision() {
    return new AuthorshipDecision("W1", 1, "Li, X", "P1", "李想", "staff", "U1", 0.99,
        Outcome.AUTO, List.of(), true, true, true);
  }

  static IndexingLists lists() {
    return new IndexingLists(
        List.of(new JournalList(JournalListKind.CSCD, "2023-2024", 2023, 2024,
            List.of(new JournalListEntry("Journal of Example Materials", null, null, null,
                null)))),
        List.of(new JcrTable(2023, List.of(new JcrEntry("JOURNAL OF EXAMPLE MATERIALS", ISSN,
            null, "OPTICS", "SCIE", new BigDecimal("3.50"), "Q2")))),
        List.of(),
        List.of(new EsiPaperList(EsiPaperKind.HOT, "2025-09",
            List.of(new EsiPaper("10.97001/X.42", null, "PHYSICS")))),
        SubjectMapping.NONE);
  }

  @Test
  void withoutIndexingTheRowIsAsBefore() {
    TableRow row = new TableRowAssembler(1).row(work(), decision());
    assertEquals("SCIE", row.indexedIn());
    assertNull(row.jcrQuartile());
    assertNull(row.impactFactor());
    assertNull(row.esiField());
    assertFalse(row.esiHighlyCited());
    assertFalse(row.esiHot());
  }

  @Test
  void theIndexingColumnsFollowTheLists() {
    Indexer indexer = new Indexer(lists(), IndexingConfig.defaults());
    TableRow row = new TableRowAssembler(1).row(work(), decision(), indexer.index(work()));
    assertEquals("SCIE;CSCD", row.indexedIn());
    assertEquals("Q2", row.jcrQuartile());
    assertEquals("3.50", row.impactFactor());
    assertEquals("PHYSICS", row.esiField());
    assertFalse(row.esiHighlyCited());
    assertTrue(row.esiHot());
  }

  @Test
  void anOfflineRunWithListsWritesTheIndexingOfEveryWorkWithProvenance() throws Exception {
    OfflinePipeline p = new OfflinePipeline(Deduplicators.standard(), Optional.empty(),
        Optional.of(new Indexer(lists(), IndexingConfig.defaults())));
    PipelineResult r = p.run(List.of(wosRecord()));
    assertEquals(1, r.indexing().size());
    StringWriter out = new StringWriter();
    new PipelineCsvWriter().writeIndexing(r, out);
    String csv = out.toString();
    assertTrue(csv.startsWith("work_id,indexed_in,jcr_year,jcr_quartile,impact_factor,"), csv);
    assertTrue(csv.contains("SCIE;CSCD,2023,Q2,3.50,OPTICS,PHYSICS,false,,true,2025-09"), csv);
    assertTrue(csv.contains("JCR of the publication year, else the latest earlier year"), csv);
    assertEquals(0, new OfflinePipeline(Deduplicators.standard(), Optional.empty())
        .run(List.of(wosRecord())).indexing().size());
  }
}
