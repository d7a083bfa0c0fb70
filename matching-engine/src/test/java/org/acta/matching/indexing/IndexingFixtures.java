package org.acta.matching.indexing;

import java.util.List;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.MergeRules;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkMerger;

/** Made-up records, works and ISSNs for the indexing tests. */
final class IndexingFixtures {
  private IndexingFixtures() {}

  /** A valid ISSN from its first seven digits (the check digit computed). */
  static String issn(String seven) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (seven.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    return seven.substring(0, 4) + "-" + seven.substring(4) + (check == 10 ? "X" : check);
  }

  static SourceRecord.Builder record(String file, int n, SourceDatabase source, int year) {
    return SourceRecord.builder()
        .origin(new RecordOrigin(file, n, 1, 2, "record " + file + n))
        .source(source)
        .year(year);
  }

  static SourceRecord wos(int n, int year, String journal, String issn, String ut, String doi,
      String... editions) {
    return record("wos.txt", n, SourceDatabase.WOS, year)
        .sourceTitle(journal)
        .editions(List.of(editions))
        .ids(new Identifiers(ut, null, null, doi, issn, null, List.of(), null, null))
        .build();
  }

  static SourceRecord cnki(int n, int year, String journal, String issn, String cn) {
    return record("cnki.txt", n, SourceDatabase.CNKI, year)
        .sourceTitle(journal)
        .ids(new Identifiers(null, null, "CNKI" + n, null, issn, null, List.of(), cn, null))
        .build();
  }

  static SourceRecord ei(int n, int year, String journal, String issn) {
    return record("ei.txt", n, SourceDatabase.EI, year)
        .sourceTitle(journal)
        .database("Compendex")
        .ids(new Identifiers(null, "2024" + n, null, null, issn, null, List.of(), null, null))
        .build();
  }

  static Work work(SourceRecord... records) {
    List<SourceRecord> rs = List.of(records);
    return new Work("W" + records[0].sourceKey(), rs,
        new WorkMerger(MergeRules.defaults()).merge(rs), List.of());
  }
}
