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
    int n = records.size() + 1;
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(new RecordOrigin("refs.csv", n, n, n, title + "|" + authors + "|" + year + "|" + venue + "|" + n))
        .source(SourceDatabase.OTHER)
        .documentType(DocumentType.OTHER)
        .title(title)
        .sourceTitle(venue)
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
}
