package org.acta.matching.dedup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled gold set of hand-made records (test resource {@code gold/*.csv}): each row one
 * source record with its gold work, authors separated by {@code |}.
 */
final class GoldRecords {
  final List<SourceRecord> records = new ArrayList<>();
  final Map<String, String> goldWorkOf = new LinkedHashMap<>();

  static GoldRecords load(String resource) throws IOException {
    GoldRecords g = new GoldRecords();
    Map<String, Integer> ordinal = new HashMap<>();
    try (Reader r = new InputStreamReader(GoldRecords.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        String file = row.get("file");
        int n = ordinal.merge(file, 1, Integer::sum);
        SourceDatabase src = SourceDatabase.valueOf(row.get("source"));
        String id = blank(row.get("id"));
        Identifiers ids = new Identifiers(
            src == SourceDatabase.WOS ? id : null, src == SourceDatabase.EI ? id : null, null,
            blank(row.get("doi")), blank(row.get("issn")), null, List.of(), blank(row.get("cn")), null);
        SourceRecord.Builder b = SourceRecord.builder()
            .origin(new RecordOrigin(file, n, n, n, String.join("\t", row.toList())))
            .source(src)
            .database(blank(row.get("database")))
            .documentType(DocumentType.valueOf(row.get("doc_type")))
            .ids(ids)
            .title(blank(row.get("title")))
            .titleAlt(blank(row.get("title_alt")))
            .sourceTitle(blank(row.get("source_title")))
            .year(Integer.valueOf(row.get("year")))
            .volume(blank(row.get("volume")))
            .issue(blank(row.get("issue")))
            .pagesRaw(blank(row.get("pages")))
            .earlyAccessDate(blank(row.get("early_access")));
        String[] names = row.get("authors").split("[|;]");
        for (int i = 0; i < names.length; i++) {
          b.addAuthor(Author.named(i + 1, names[i].strip()));
        }
        SourceRecord rec = b.build();
        g.records.add(rec);
        g.goldWorkOf.put(rec.sourceKey(), row.get("gold_work"));
      }
    }
    return g;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
