package org.acta.matching.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.junit.jupiter.api.Test;

class AttributorTest {
  private static final UniversityDictionary DICT = TestDictionary.load();
  private static final String UNI_MAT = "Donghu Univ Technol, Sch Mat Sci & Engn, Donghu 430000, "
      + "Peoples R China.";
  private static final String UNI_COMP = "Donghu Univ Technol, Sch Comp Sci, Donghu 430000, "
      + "Peoples R China.";
  private static final String UNI_MATH = "Donghu Univ Technol, Sch Math Sci, Donghu 430000, "
      + "Peoples R China.";
  private static final String OTHER = "Wuhan Univ, Sch Phys, Wuhan 430072, Peoples R China.";
  private final Attributor attributor = Attributors.standard(DICT);

  private static int counter;

  private static SourceRecord.Builder record(SourceDatabase source, int year) {
    counter++;
    return SourceRecord.builder()
        .origin(new RecordOrigin("test" + counter + ".txt", 1, 1, 1, "r" + counter))
        .source(source).year(year);
  }

  private static Author wos(int pos, String full, String shortName, Integer... affs) {
    return new Author(pos, full, shortName, full, null, List.of(affs), List.of(), null, null,
        false);
  }

  private static Author cnki(int pos, String hanzi) {
    return new Author(pos, hanzi, null, null, hanzi, List.of(), List.of(), null, null, false);
  }

  private static Work work(SourceRecord... records) {
    return new Work("W" + (++counter), List.of(records), null, null);
  }

  private static Optional<AuthorshipDecision> at(List<AuthorshipDecision> ds, int rank) {
    return ds.stream().filter(d -> d.authorRank() == rank).findFirst();
  }

  @Test
  void homonymsInDifferentUnitsAreToldApartByTheLinkedUnit() {
    SourceRecord r = record(SourceDatabase.WOS, 2020)
        .affiliations(List.of(UNI_COMP, OTHER)).affiliationsLinked(true)
        .authors(List.of(wos(1, "Wang, Wei", "Wang, W", 0), wos(2, "Chen, Bo", "Chen, B", 1)))
        .build();
    List<AuthorshipDecision> ds = attributor.attribute(work(r));
    AuthorshipDecision d = at(ds, 1).orElseThrow();
    assertEquals("S002", d.personId());
    assertEquals(Outcome.AUTO, d.outcome());
    assertTrue(d.firstAuthor());
    assertTrue(d.firstAffiliationIsInstitution());
    assertTrue(d.reasons().stream().anyMatch(x -> x.contains("unit agrees")), d.reasons()::toString);
  }

  @Test
  void sameNameWithoutDistinguishingEvidenceGoesToReview() {
    SourceRecord r = record(SourceDatabase.WOS, 2020)
        .affiliations(List.of("Donghu Univ Technol, Donghu 430000, Peoples R China."))
        .affiliationsLinked(true)
        .authors(List.of(wos(1, "Wang, Wei", "Wang, W", 0))).build();
    AuthorshipDecision d = at(attributor.attribute(work(r)), 1).orElseThrow();
    assertEquals(Outcome.REVIEW, d.outcome());
    assertTrue(d.reasons().stream().anyMatch(x -> x.startsWith("also possible")));
  }

  @Test
  void anOrcidSettlesAHomonym() {
    Author a = wos(1, "Wang, Wei", "Wang, W", 0).withIds("0000-0001-0000-0001", null);
    SourceRecord r = record(SourceDatabase.WOS, 2020)
        .affiliations(List.of("Donghu Univ Technol, Donghu 430000, Peoples R China."))
        .affiliationsLinked(true).authors(List.of(a)).build();
    AuthorshipDecision d = at(attributor.attribute(work(r)), 1).orElseThrow();
    assertEquals("S001", d.personId());
    assertEquals(Outcome.AUTO, d.outcome());
  }

  @Test
  void chineseCharactersFromCnkiSeparateHomophones() {
    // 张敏 and 章敏 are both Zhang Min in the same school; the CNKI record of the work prints 章敏.
    SourceRecord w = record(SourceDatabase.WOS, 2021).affiliations(List.of(UNI_MATH))
        .affiliationsLinked(true).authors(List.of(wos(1, "Zhang, Min", "Zhang, M", 0))).build();
    SourceRecord c = record(SourceDatabase.CNKI, 2021)
        .affiliations(List.of("东湖工业大学数学科学学院")).authors(List.of(cnki(1, "章敏"))).build();
    AuthorshipDecision d = at(attributor.attribute(work(w, c)), 1).orElseThrow();
    assertEquals("S004", d.personId());
    assertEquals(Outcome.AUTO, d.outcome());
    AuthorshipDecision alone = at(attributor.attribute(work(w)), 1).orElseThrow();
    assertEquals(Outcome.REVIEW, alone.outcome(), "pinyin alone cannot tell them apart");
  }

  @Test
  void aPersonWithOnlyAnOutsideAffiliationIsNotAttributed() {
    SourceRecord r = record(SourceDatabase.WOS, 2020)
        .affiliations(List.of(UNI_MAT, OTHER)).affiliationsLinked(true)
        .authors(List.of(wos(1, "Zeng, Xiaoming", "Zeng, XM", 1),
            wos(2, "Ouyang, Qianjie", "Ouyang, QJ", 0)))
        .build();
    List<AuthorshipDecision> ds = attributor.attribute(work(r));
    assertTrue(at(ds, 1).isEmpty(), ds::toString);
    assertEquals("S006", at(ds, 2).orElseThrow().personId());
  }

  @Test
  void lookAlikeInstitutionDoesNotAttribute() {
    SourceRecord r = record(SourceDatabase.WOS, 2020)
        .affiliations(List.of("Donghu Univ, Sch Mat Sci & Engn, Donghu 430001, Peoples R China."))
        .affiliationsLinked(true)
        .authors(List.of(wos(1, "Zeng, Xiaoming", "Zeng, XM", 0))).build();
    assertTrue(attributor.attribute(work(r)).isEmpty());
  }

  @Test
  void cnkiUnlinkedListUsesTheUnitAndTheYears() {
    SourceRecord r = record(SourceDatabase.CNKI, 2022)
        .affiliations(List.of("东湖工业大学材料科学与工程学院", "武汉大学物理学院"))
        .authors(List.of(cnki(1, "曾晓明"), cnki(2, "李安"))).build();
    List<AuthorshipDecision> ds = attributor.attribute(work(r));
    AuthorshipDecision zeng = at(ds, 1).orElseThrow();
    assertEquals("S005", zeng.personId());
    assertEquals(Outcome.AUTO, zeng.outcome());
    assertFalse(zeng.corresponding(), "CNKI never names a corresponding author");
    // 李安 left in 2018: four years later, in an unlinked list, it is a namesake elsewhere.
    assertTrue(at(ds, 2).isEmpty(), ds::toString);
  }

  @Test
  void theIdValidInThePublicationYearWinsForAStudentWhoStayedOn() {
    List<Author> authors = List.of(wos(1, "Liu, Yang", "Liu, Y", 0), wos(2, "Wang, Wei", "Wang, W",
        0).withIds("0000-0001-0000-0001", null));
    SourceRecord early = record(SourceDatabase.WOS, 2018).affiliations(List.of(UNI_MAT))
        .affiliationsLinked(true).authors(authors).build();
    SourceRecord late = record(SourceDatabase.WOS, 2023).affiliations(List.of(UNI_MAT))
        .affiliationsLinked(true).authors(authors).build();
    assertEquals("T001", at(attributor.attribute(work(early)), 1).orElseThrow().personId());
    assertEquals("S011", at(attributor.attribute(work(late)), 1).orElseThrow().personId());
  }

  @Test
  void correspondingFromAnySourceWithConflictReported() {
    Author zeng = wos(1, "Zeng, Xiaoming", "Zeng, XM", 0);
    Author ouyang = wos(2, "Ouyang, Qianjie", "Ouyang, QJ", 1);
    SourceRecord w = record(SourceDatabase.WOS, 2020).affiliations(List.of(UNI_MAT, UNI_COMP))
        .affiliationsLinked(true).authors(List.of(zeng.withCorresponding(true), ouyang))
        .addCorrespondence(new Correspondence(List.of("Zeng, XM"), List.of(1), UNI_MAT, List.of()))
        .build();
    SourceRecord e = record(SourceDatabase.EI, 2020)
        .affiliations(List.of("School of Computer Science, Donghu University of Technology"))
        .affiliationsLinked(true)
        .authors(List.of(new Author(1, "Zeng, Xiaoming", null, null, null, List.of(), List.of(),
                null, null, false),
            new Author(2, "Ouyang, Qianjie", null, null, null, List.of(0), List.of(), null, null,
                true)))
        .addCorrespondence(new Correspondence(List.of("Ouyang, Qianjie"), List.of(2), null,
            List.of("oy@example.org")))
        .build();
    List<AuthorshipDecision> ds = attributor.attribute(work(w, e));
    assertTrue(at(ds, 1).orElseThrow().corresponding());
    AuthorshipDecision oy = at(ds, 2).orElseThrow();
    assertTrue(oy.corresponding());
    assertTrue(oy.reasons().stream().anyMatch(x -> x.startsWith("sources disagree")),
        oy.reasons()::toString);
  }

  @Test
  void pdfEvidenceNamesACorrespondingAuthorTheExportLacks() {
    SourceRecord c = record(SourceDatabase.CNKI, 2022)
        .affiliations(List.of("东湖工业大学材料科学与工程学院"))
        .authors(List.of(cnki(1, "刘洋"), cnki(2, "曾晓明")))
        .addEvidence(new org.acta.matching.model.Evidence("pdf-corresponding-marker",
            "通信作者：曾晓明", "paper.pdf page 1"))
        .build();
    List<AuthorshipDecision> ds = attributor.attribute(work(c));
    assertTrue(at(ds, 2).orElseThrow().corresponding());
    assertFalse(at(ds, 1).map(AuthorshipDecision::corresponding).orElse(false));
  }

  @Test
  void thesisAuthorIsAttributedThroughTheDegreeGrantingUniversity() {
    SourceRecord t = record(SourceDatabase.CNKI, 2018).documentType(DocumentType.THESIS)
        .sourceTitle("东湖工业大学").supervisors(List.of("王伟"))
        .authors(List.of(cnki(1, "刘洋"))).build();
    AuthorshipDecision d = at(attributor.attribute(work(t)), 1).orElseThrow();
    assertEquals("T001", d.personId());
    assertEquals(Outcome.AUTO, d.outcome());
  }

  @Test
  void humanDecisionsWinOverTheMachine() {
    SourceRecord r = record(SourceDatabase.WOS, 2020)
        .affiliations(List.of("Donghu Univ Technol, Donghu 430000, Peoples R China."))
        .affiliationsLinked(true)
        .authors(List.of(wos(1, "Wang, Wei", "Wang, W", 0), wos(2, "Zeng, Xiaoming", "Zeng, XM",
            0))).build();
    Work w = work(r);
    List<HumanDecision> human = new ArrayList<>();
    human.add(new HumanDecision(w.id(), 1, "S001", true));
    human.add(new HumanDecision(w.id(), 2, "S005", false));
    Attributor withHumans = Attributors.standard(DICT, AttributionConfig.defaults(),
        new HumanDecisions(human));
    List<AuthorshipDecision> ds = withHumans.attribute(w);
    AuthorshipDecision first = at(ds, 1).orElseThrow();
    assertEquals("S001", first.personId());
    assertEquals(Outcome.AUTO, first.outcome());
    assertEquals(List.of("decided by a person"), first.reasons().subList(0, 1));
    assertTrue(at(ds, 2).isEmpty(), "a rejected attribution is not proposed again");
  }

  @Test
  void thresholdsAreConfigurable() {
    SourceRecord r = record(SourceDatabase.WOS, 2020).affiliations(List.of(UNI_MAT))
        .affiliationsLinked(true).authors(List.of(wos(1, "Zeng, Xiaoming", "Zeng, XM", 0))).build();
    Attributor strict = Attributors.standard(DICT, new AttributionConfig(1.0, 0.5, 0.1),
        HumanDecisions.NONE);
    assertEquals(Outcome.REVIEW, at(strict.attribute(work(r)), 1).orElseThrow().outcome());
    assertEquals(Outcome.AUTO, at(attributor.attribute(work(r)), 1).orElseThrow().outcome());
  }
}
