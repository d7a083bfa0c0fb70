package org.acta.core.application.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.review.ReviewAction;
import org.acta.core.application.review.ReviewDecider;
import org.acta.core.application.review.ReviewDecision;
import org.acta.core.application.review.ReviewFilter;
import org.acta.core.application.review.ReviewItem;
import org.acta.core.application.review.ReviewQueue;
import org.acta.core.application.work.WorkAuthorship;
import org.acta.core.application.work.WorkDetail;
import org.acta.core.application.work.WorkDetailQuery;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence a pipeline run stored on MariaDB comes back in the language asked for: the same
 * codes and arguments, English words equal to the stored text column, Chinese words in Chinese.
 * Rows written before codes were stored keep showing their text.
 */
class EvidenceLanguageTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;

  @TempDir Path tmp;
  private TestDatabase db;
  private String duplicated;

  @BeforeEach
  void importRunAndSendToReview() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 4)));
    // paper 1 again under another accession number: one work of two records, with evidence
    Path b = SyntheticWosFile.write(tmp.resolve("b/savedrecs(1).txt"), 1, 1);
    Files.writeString(b, Files.readString(b, StandardCharsets.UTF_8)
        .replace("UT WOS:000000000000001", "UT WOS:000000000900001"), StandardCharsets.UTF_8);
    imports.run(imports.stage(imports.openBatch("t", null), b));
    new PipelineService(db.dataSource()).runFull();
    db.execute("UPDATE authorship_suggestion SET outcome = 'review', score = 0.6"
        + " WHERE author_rank = 1");
    duplicated = new WorkDetailQuery(db.dataSource()).search("10.99999/SYNTH.1", 10).get(0)
        .workId();
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void theReviewQueueGivesTheSameEvidenceInChineseAndEnglish() throws Exception {
    ReviewItem en = new ReviewQueue(db.dataSource(), Locale.ENGLISH)
        .page(ReviewFilter.all(), null, 10).items().get(0);
    ReviewItem zh = new ReviewQueue(db.dataSource(), Locale.SIMPLIFIED_CHINESE)
        .page(ReviewFilter.all(), null, 10).items().get(0);
    assertEquals(en.key(), zh.key());
    assertFalse(en.evidenceItems().isEmpty());
    assertEquals(codes(en.evidenceItems()), codes(zh.evidenceItems()));
    assertEquals(en.evidenceItems().stream().map(EvidenceItem::args).toList(),
        zh.evidenceItems().stream().map(EvidenceItem::args).toList(), "the same arguments");
    assertTrue(codes(en.evidenceItems()).contains("name.full")
        || codes(en.evidenceItems()).contains("name.hanzi"), codes(en.evidenceItems()).toString());
    // English: the words of the text column, as before codes were stored
    assertEquals(String.join("; ", en.evidence()), storedReasons(en.workKey()));
    for (String words : zh.evidence()) {
      assertTrue(hasHan(words), "Chinese evidence: " + zh.evidence());
    }
    assertNotEquals(en.evidence(), zh.evidence());
  }

  @Test
  void aWorkGivesItsDedupAndAuthorshipEvidenceInBothLanguages() {
    WorkDetail en = new WorkDetailQuery(db.dataSource(), Locale.ENGLISH).find(duplicated)
        .orElseThrow();
    WorkDetail zh = new WorkDetailQuery(db.dataSource(), Locale.SIMPLIFIED_CHINESE)
        .find(duplicated).orElseThrow();
    assertEquals(2, en.sources().size(), "both readings of paper 1 are one work");
    assertEquals(1, en.evidenceItems().size(), en.evidence().toString());
    assertEquals("dedup.pair", en.evidenceItems().get(0).code());
    assertEquals(codes(en.evidenceItems()), codes(zh.evidenceItems()));
    assertTrue(en.evidence().get(0).contains("same DOI (10.99999/synth.1)"), en.evidence().get(0));
    assertTrue(zh.evidence().get(0).contains("DOI 相同（10.99999/synth.1）"), zh.evidence().get(0));

    WorkAuthorship a = en.authorships().get(0);
    WorkAuthorship b = zh.authorships().get(0);
    assertEquals(codes(a.evidenceItems()), codes(b.evidenceItems()));
    assertEquals(String.join("; ", EvidenceItem.texts(a.evidenceItems())), a.evidence());
    assertTrue(hasHan(b.evidence()) && b.evidence().contains("；"), b.evidence());
  }

  @Test
  void rowsWrittenBeforeCodesShowTheirTextInEveryLanguage() throws Exception {
    db.execute("UPDATE authorship_suggestion SET reasons = 'surname and initial match;"
        + " the unit''s name variant matches', reasons_json = NULL");
    db.execute("UPDATE work_merged SET evidence_reasons_json = NULL");
    ReviewItem zh = new ReviewQueue(db.dataSource(), Locale.SIMPLIFIED_CHINESE)
        .page(ReviewFilter.all(), null, 10).items().get(0);
    assertEquals(List.of("surname and initial match", "the unit's name variant matches"),
        zh.evidence());
    assertEquals(List.of("text", "text"), codes(zh.evidenceItems()));
    WorkDetail w = new WorkDetailQuery(db.dataSource(), Locale.SIMPLIFIED_CHINESE)
        .find(duplicated).orElseThrow();
    assertTrue(w.evidence().get(0).contains("same DOI"), "stored English words as they are");
    assertEquals("text", w.evidenceItems().get(0).code());
  }

  @Test
  void aDecisionKeepsTheEvidenceItAnsweredAsCodes() throws Exception {
    ReviewItem item = new ReviewQueue(db.dataSource()).page(ReviewFilter.all(), null, 10)
        .items().get(0);
    new ReviewDecider(db.dataSource()).decide(new ReviewDecision(item.key(), item.version(),
        ReviewAction.ACCEPT, null, null, null), "staff");
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT evidence FROM decision_event ORDER BY id DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      String json = rs.getString(1);
      assertTrue(json.contains("\"why\":[{\"code\":\"name."), json);
      assertTrue(json.contains("\"reasons\":[\"" + item.evidence().get(0) + "\""), json);
    }
  }

  private String storedReasons(String workKey) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT s.reasons FROM authorship_suggestion s"
            + " JOIN work w ON w.id = s.work_id WHERE w.work_key = ? AND s.author_rank = 1")) {
      ps.setString(1, workKey);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static List<String> codes(List<EvidenceItem> items) {
    return items.stream().map(EvidenceItem::code).toList();
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
