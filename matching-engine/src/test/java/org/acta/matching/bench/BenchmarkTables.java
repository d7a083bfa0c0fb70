package org.acta.matching.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.matching.model.Author;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the public benchmark tables (DBLP-ACM, Cora) into source records for engine-level
 * benchmarks, with the source keys the shared scorer uses ({@code <file>#<row>}). The pipeline
 * reads them through harvest's generic table parser; this loader lets the engine be measured on
 * its own.
 */
public final class BenchmarkTables {
  public static final Path DATASETS = Path.of(System.getProperty("acta.datasets", "../shared/datasets"));
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern INITIALS = Pattern.compile("^\\s*(\\p{Lu}\\.?\\s*-?)+\\s*$");

  private BenchmarkTables() {}

  /** Rows of a CSV table as records; columns are mapped by name when present. */
  public static List<SourceRecord> read(Path file, Charset cs) throws IOException {
    List<SourceRecord> out = new ArrayList<>();
    String name = file.getFileName().toString();
    try (Reader r = Files.newBufferedReader(file, cs)) {
      int n = 0;
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        n++;
        Map<String, String> m = new LinkedHashMap<>();
        row.toMap().forEach((k, v) -> m.put(k, v == null ? null : v.strip()));
        SourceRecord.Builder b = SourceRecord.builder()
            .origin(new RecordOrigin(name, n, n + 1, n + 1, String.join("\u001f", row.toList())))
            .source(SourceDatabase.OTHER)
            .format("csv-table")
            .title(clean(m.get("title")));
        String venue = firstNonBlank(m.get("venue"), m.get("journal"), m.get("booktitle"));
        b.sourceTitle(clean(venue));
        b.year(year(firstNonBlank(m.get("year"), m.get("date"))));
        b.volume(clean(m.get("volume")));
        b.pagesRaw(clean(m.get("pages")));
        List<String> names = splitAuthors(m.get("authors") != null ? m.get("authors") : m.get("author"));
        for (int i = 0; i < names.size(); i++) {
          b.addAuthor(Author.named(i + 1, names.get(i)));
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /** source_key → gold_work from a gold works.csv. */
  public static Map<String, String> gold(Path worksCsv) throws IOException {
    Map<String, String> g = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(worksCsv)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        g.put(row.get("source_key"), row.get("gold_work"));
      }
    }
    return g;
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("^[,.;:()\\s]+|[,.;:()\\s]+$", "");
    return t.isEmpty() ? null : t;
  }

  private static String firstNonBlank(String... v) {
    for (String s : v) {
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static Integer year(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  /**
   * "A, B and C", "Brodley, C. E. & Utgoff, P. E.", "Viswanath Poosala, Yannis E. Ioannidis":
   * pieces that are only initials belong to the surname before them.
   */
  static List<String> splitAuthors(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    if (raw.indexOf('&') >= 0) {
      raw = org.apache.commons.text.StringEscapeUtils.unescapeHtml4(raw); // "&#197;" holds a ';'
    }
    for (String seg : raw.split("\\s+(?:and|&)\\s+|;|\\s&\\s")) {
      for (String piece : seg.split(",")) {
        String p = piece.strip();
        if (p.isEmpty() || p.equalsIgnoreCase("et al") || p.equalsIgnoreCase("et al.")) {
          continue;
        }
        if (INITIALS.matcher(p).matches() && !out.isEmpty() && !out.get(out.size() - 1).contains(",")) {
          out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
        } else {
          out.add(p);
        }
      }
    }
    return out;
  }
}
