package org.acta.harvest.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Rebuilds an end-to-end DBLP-Scholar test from what {@code shared/datasets/dblp-scholar} holds.
 * The Scholar table itself is missing there (see its README), but the DeepMatcher/Magellan pair
 * files inline both records of each labelled pair, and their positives are exactly the 5,347
 * pairs of the Leipzig perfect mapping. So: {@code DBLP.csv} = Magellan {@code tableA.csv}, {@code
 * Scholar.csv} = every Scholar record those pairs mention (10,694 of 64,263), and the gold works
 * are the connected groups of the positive pairs (a DBLP record with its Scholar matches). Only pairs across the two files are gold-complete
 * (Scholar's own duplicates are unlabelled): score with {@code score.py --cross-file}.
 *
 * <p>Usage: {@code DblpScholarTables DATASET_DIR OUT_DIR}; writes {@code OUT_DIR/DBLP.csv},
 * {@code OUT_DIR/Scholar.csv} and {@code OUT_DIR/gold/works.csv}.
 */
public final class DblpScholarTables {
  private DblpScholarTables() {}

  public static void main(String[] args) throws IOException {
    Path magellan = Path.of(args[0]).resolve("magellan");
    Path out = Path.of(args[1]);
    Files.createDirectories(out.resolve("gold"));
    CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<String> columns = List.of("id", "title", "authors", "venue", "year");

    Map<String, Integer> dblpRow = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(magellan.resolve("tableA.csv"));
        CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out.resolve("DBLP.csv")),
            CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (CSVRecord row : in.parse(r)) {
        dblpRow.put(row.get("id"), dblpRow.size() + 1);
        p.printRecord(row.get("id"), row.get("title"), row.get("authors"), row.get("venue"), row.get("year"));
      }
    }
    Map<String, String[]> scholar = new LinkedHashMap<>();
    // a Scholar record may match two DBLP records (DBLP's own duplicates): gold works are the
    // connected groups of the positive pairs
    Map<String, String> groupOf = new HashMap<>();
    for (String split : List.of("train.csv", "valid.csv", "test.csv")) {
      try (Reader r = Files.newBufferedReader(magellan.resolve(split))) {
        for (CSVRecord row : in.parse(r)) {
          String id = row.get("table2.id");
          scholar.putIfAbsent(id, new String[] {id, row.get("table2.title"), row.get("table2.authors"),
              row.get("table2.venue"), wholeYear(row.get("table2.year"))});
          if ("1".equals(row.get("label"))) {
            union(groupOf, "D" + row.get("table1.id"), "S" + id);
          }
        }
      }
    }
    Map<String, Integer> scholarRow = new LinkedHashMap<>();
    try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out.resolve("Scholar.csv")),
        CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (String[] rec : scholar.values()) {
        scholarRow.put(rec[0], scholarRow.size() + 1);
        p.printRecord((Object[]) rec);
      }
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("gold/works.csv"));
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("source_key", "gold_work").get())) {
      for (Map.Entry<String, Integer> d : dblpRow.entrySet()) {
        p.printRecord("DBLP.csv#" + d.getValue(), find(groupOf, "D" + d.getKey()));
      }
      for (Map.Entry<String, Integer> s : scholarRow.entrySet()) {
        p.printRecord("Scholar.csv#" + s.getValue(), find(groupOf, "S" + s.getKey()));
      }
    }
    System.err.printf("%d DBLP records, %d Scholar records%n", dblpRow.size(), scholarRow.size());
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String r = x;
    while (parent.containsKey(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** Magellan writes Scholar years as floats ("1986.0") or leaves them empty. */
  private static String wholeYear(String y) {
    return y == null || y.isBlank() ? "" : y.replaceAll("\\.0+$", "");
  }
}
