package org.acta.matching.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.junit.jupiter.api.Test;

/** A made-up reference list that cites a few papers many times, with the usual variation. */
class CitationListModeTest {
  private final List<SourceRecord> records = new ArrayList<>();

  private void cite(String title, String authors, Integer year, String venue) {
    cite(title, authors, year, venue, null, null);
  }

  private void cite(String title, String authors, Integer year, String venue, String volume, String pages) {
    cite(title, authors, year, venue, volume, pages, null);
  }

  private void cite(String title, String authors, Integer year, String venue, String volume, String pages,
      String type) {
    int n = records.size() + 1;
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(new RecordOrigin("refs.csv", n, n, n, title + "|" + authors + "|" + year + "|" + venue + "|" + n))
        .source(SourceDatabase.OTHER)
        .documentType(DocumentType.OTHER)
        .documentTypeRaw(type)
        .title(title)
        .sourceTitle(venue)
        .volume(volume)
        .pagesRaw(pages)
        .year(year);
    String[] names = authors.split(" and ");
    for (int i = 0; i < names.length; i++) {
      b.addAuthor(Author.named(i + 1, names[i].strip()));
    }
    records.add(b.build());
  }

  @Test
  void citationsOfOnePaperJoinAndOtherPapersOfTheSameAuthorsStayApart() {
    String[] venues = {"Proc. Workshop on Lattices", "Lattice Letters", "in: Lattices 91", "LL vol 3"};
    for (int i = 0; i < 8; i++) {
      cite(i % 2 == 0 ? "Sparse lattice walks for graph colouring." : "Sparse Lattice-Walks for Graph Coloring,",
          i % 3 == 0 ? "Q. Marlowe and T. Okonjo" : "Marlowe, Q. and Okonjo, T.", i % 4 == 0 ? null : 1991,
          venues[i % venues.length]);
    }
    for (int i = 0; i < 8; i++) {
      cite(i % 2 == 0 ? "Dense lattice walks and their mixing times." : "Dense lattice walks & their mixing time",
          i % 3 == 0 ? "Q. Marlowe" : "Marlowe, Q.", 1993, venues[(i + 1) % venues.length]);
    }
    for (int i = 0; i < 8; i++) {
      cite("A survey of heuristic colouring in sparse graphs.", "P. Ferreira and L. Haddad", 1995,
          venues[(i + 2) % venues.length]);
    }
    DedupResult res = Deduplicators.standard().deduplicate(records);
    List<Work> works = res.works();
    Map<String, String> workOf = new HashMap<>();
    for (Work w : works) {
      for (SourceRecord r : w.records()) {
        workOf.put(r.sourceKey(), w.id());
      }
    }
    List<String> keys = records.stream().map(SourceRecord::sourceKey).toList();
    for (int group = 0; group < 3; group++) {
      for (int i = 1; i < 8; i++) {
        assertEquals(workOf.get(keys.get(group * 8)), workOf.get(keys.get(group * 8 + i)),
            "citation " + i + " of paper " + group);
      }
    }
    assertNotEquals(workOf.get(keys.get(0)), workOf.get(keys.get(8)), "two papers of one author");
    assertEquals(3, works.size());
  }

  @Test
  void citationsWithoutTitleOrWithStrayWordsJoinButAnAddedQualifierIsAnotherPaper() {
    for (int i = 0; i < 14; i++) {
      cite(i % 2 == 0 ? "Instance-based learning of lattice colourings." : "Instance based learning of lattice colorings,",
          "Q. Marlowe and T. Okonjo", 1991, "Lattice Letters", "6", "37-66");
    }
    // the title went into another column: volume, first page and an author still name the paper
    cite(null, "Marlowe, Q. and Okonjo, T.", 1991, "Lattice Letters", "6", "pp. 37-66");
    cite(null, "Okonjo, T.", 1991, null, "6", "37");
    // a parser left the co-author's initials in front of the title
    cite("T. Instance-based learning of lattice colourings.", "Marlowe, Q. and Okonjo,", 1991, null);
    // the authors' next paper: the same words and one more
    for (int i = 0; i < 6; i++) {
      cite("Noisetolerant instance-based learning of lattice colourings.", "T. Okonjo and R. Vance", 1991,
          null, null, null);
    }
    Map<String, String> workOf = new HashMap<>();
    for (Work w : Deduplicators.standard().deduplicate(records).works()) {
      for (SourceRecord r : w.records()) {
        workOf.put(r.sourceKey(), w.id());
      }
    }
    List<String> keys = records.stream().map(SourceRecord::sourceKey).toList();
    for (int i = 1; i < 17; i++) {
      assertEquals(workOf.get(keys.get(0)), workOf.get(keys.get(i)), "citation " + i + " of the first paper");
    }
    for (int i = 18; i < 23; i++) {
      assertEquals(workOf.get(keys.get(17)), workOf.get(keys.get(i)), "citation " + i + " of the second paper");
    }
    assertNotEquals(workOf.get(keys.get(0)), workOf.get(keys.get(17)), "an added qualifier names another paper");
  }

  private Map<String, String> workOfEachCitation() {
    Map<String, String> workOf = new HashMap<>();
    DedupResult res = Deduplicators.standard().deduplicate(records);
    for (Work w : res.works()) {
      for (SourceRecord r : w.records()) {
        workOf.put(r.sourceKey(), w.id());
      }
    }
    return workOf;
  }

  @Test
  void aTitleCitedInTwoVersionsKeepsCitationsWithoutAPlaceApartFromThoseThatGiveOne() {
    // the proceedings version: cited 1989-1990 with volume and pages
    for (int i = 0; i < 10; i++) {
      cite(i % 2 == 0 ? "The lattice-walk colouring architecture." : "The Lattice Walk Colouring Architecture,",
          "Marlowe, Q. and Okonjo, T.", 1989 + i % 2, null, "2", "524-532");
    }
    // the report: cited 1990-1991 with nothing but the year
    for (int i = 0; i < 10; i++) {
      cite(i % 2 == 0 ? "The lattice-walk colouring architecture." : "The Lattice-Walk colouring architecture,",
          "Q. Marlowe and T. Okonjo", 1990 + i % 2, null);
    }
    // another paper, one version: a citation without pages is only a terse one
    for (int i = 0; i < 8; i++) {
      cite("Dense lattice walks and their mixing times.", "Marlowe, Q.", 1993, null, i < 4 ? "5" : null,
          i < 4 ? "11-19" : null);
    }
    Map<String, String> workOf = workOfEachCitation();
    List<String> keys = records.stream().map(SourceRecord::sourceKey).toList();
    for (int i = 1; i < 10; i++) {
      assertEquals(workOf.get(keys.get(0)), workOf.get(keys.get(i)), "proceedings citation " + i);
      assertEquals(workOf.get(keys.get(10)), workOf.get(keys.get(10 + i)), "report citation " + i);
    }
    assertNotEquals(workOf.get(keys.get(0)), workOf.get(keys.get(10)), "the report is not the proceedings paper");
    for (int i = 21; i < 28; i++) {
      assertEquals(workOf.get(keys.get(20)), workOf.get(keys.get(i)), "citation " + i + " of the one-version paper");
    }
  }

  @Test
  void aCitationTypedAsAReportIsNotTheJournalPaperOfTheSameTitle() {
    for (int i = 0; i < 8; i++) {
      cite("Multivariate lattice colourings.", "Marlowe, Q. and Okonjo, T.", 1992, null, null, null,
          i % 2 == 0 ? "COINS Technical Report 92-83," : "Tech. rep. 92-83");
    }
    for (int i = 0; i < 8; i++) {
      cite("Multivariate lattice colourings.", "Q. Marlowe and T. Okonjo", i < 4 ? 1992 : null, "Lattice Letters",
          "19", "45-77");
    }
    for (int i = 0; i < 8; i++) {
      cite("Filler paper number " + (char) ('a' + i / 2) + " on lattices and walks.", "P. Ferreira", 1990, null);
    }
    Map<String, String> workOf = workOfEachCitation();
    List<String> keys = records.stream().map(SourceRecord::sourceKey).toList();
    for (int i = 1; i < 8; i++) {
      assertEquals(workOf.get(keys.get(0)), workOf.get(keys.get(i)), "report citation " + i);
      assertEquals(workOf.get(keys.get(8)), workOf.get(keys.get(8 + i)), "journal citation " + i);
    }
    assertNotEquals(workOf.get(keys.get(0)), workOf.get(keys.get(8)), "report and journal article");
  }

  @Test
  void aSurnameLeftAloneByTheAuthorListStillNamesTheAuthor() {
    for (int i = 0; i < 6; i++) {
      cite("Sparse lattice walks for graph colouring, a second look.", "Marlowe, Q. and Okonjo, T.", 1991, null);
    }
    // "Marlowe, Q., Okonjo, T.:" cut at every comma: "Marlowe", "Q.", "Okonjo", "T.:"
    records.add(SourceRecord.builder()
        .origin(new RecordOrigin("refs.csv", 7, 7, 7, "lone surnames"))
        .source(SourceDatabase.OTHER).documentType(DocumentType.OTHER)
        .title("Sparse lattice walks for graph colouring: a second look.")
        .year(1991)
        .addAuthor(Author.named(1, "Marlowe")).addAuthor(Author.named(2, "Q."))
        .addAuthor(Author.named(3, "Okonjo")).addAuthor(Author.named(4, "T.:"))
        .build());
    for (int i = 0; i < 20; i++) {
      cite("Filler paper number " + (char) ('a' + i / 2) + " on lattices and walks.", "P. Ferreira", 1990, null);
    }
    Map<String, String> workOf = workOfEachCitation();
    List<String> keys = records.stream().map(SourceRecord::sourceKey).toList();
    assertEquals(workOf.get(keys.get(0)), workOf.get(keys.get(6)), "the citation with lone surnames");
  }

  @Test
  void twoCitationsWithAnOddYearJoinTheirPaperByTheYearItsPlaceIsCitedWith() {
    // the journal paper: cited 1992 with volume and pages, or with the journal only
    for (int i = 0; i < 8; i++) {
      cite(i % 2 == 0 ? "Reinforcement walks on colour lattices." : "Reinforcement Walks on Colour Lattices,",
          "Marlowe, Q. and Okonjo, T.", 1992, "Lattice Letters", i < 4 ? "8" : null, i < 4 ? "279-292" : null);
    }
    // two citations of the same volume and pages dated 1997 (a reprint, a typo)
    for (int i = 0; i < 2; i++) {
      cite("Reinforcement walks on colour lattices.", "Q. Marlowe and T. Okonjo", 1997, "Lattice Letters", "8",
          "279-292");
    }
    for (int i = 0; i < 12; i++) {
      cite("Filler paper number " + (char) ('a' + i / 2) + " on lattices and walks.", "P. Ferreira", 1990, null);
    }
    Map<String, String> workOf = workOfEachCitation();
    List<String> keys = records.stream().map(SourceRecord::sourceKey).toList();
    for (int i = 1; i < 10; i++) {
      assertEquals(workOf.get(keys.get(0)), workOf.get(keys.get(i)), "citation " + i + " of the journal paper: "
          + keys.subList(0, 10).stream().map(workOf::get).toList());
    }
  }
}
