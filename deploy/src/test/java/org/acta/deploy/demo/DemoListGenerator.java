package org.acta.deploy.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acta.harvest.Harvester;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.indexing.JournalKey;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.normalize.CnNumber;
import org.acta.matching.normalize.Doi;
import org.acta.matching.normalize.Issn;
import org.acta.matching.normalize.TextFolder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the made-up demo lists of {@code deploy/demo/lists/} (formats: {@code docs/lists.md})
 * from the journals and papers of export files: which journal is in which list edition, its JCR
 * quartiles and impact factors, ESI fields and highly cited / hot papers are all drawn from a
 * hash of the journal's or paper's identifiers, so the lists are deterministic, cover the
 * journals partially, and copy nothing from any real list.
 *
 * <p>Run from the {@code deploy} directory (test classpath):
 * {@code DemoListGenerator OUT_DIR EXPORT_FILE_OR_DIR...}; with no arguments it reads the
 * synthetic-dev exports and the demo university's exports and writes {@code demo/lists}.
 */
public final class DemoListGenerator {
  static final String[] CATEGORIES = {
    "CHEMISTRY, PHYSICAL", "MATERIALS SCIENCE, MULTIDISCIPLINARY", "ENGINEERING, CHEMICAL",
    "ENGINEERING, ELECTRICAL & ELECTRONIC", "COMPUTER SCIENCE, ARTIFICIAL INTELLIGENCE",
    "ENVIRONMENTAL SCIENCES", "ENERGY & FUELS", "PHYSICS, APPLIED", "MECHANICS",
    "ECONOMICS", "MANAGEMENT", "OPTICS"
  };
  static final String[] ESI_FIELDS = {
    "CHEMISTRY", "MATERIALS SCIENCE", "ENGINEERING", "ENGINEERING", "COMPUTER SCIENCE",
    "ENVIRONMENT/ECOLOGY", "ENGINEERING", "PHYSICS", "ENGINEERING", "ECONOMICS & BUSINESS",
    "ECONOMICS & BUSINESS", "PHYSICS"
  };
  static final String[] DISCIPLINES = {
    "化学", "材料科学与工程", "化学工程与技术", "电子科学与技术", "计算机科学与技术",
    "环境科学与工程", "动力工程及工程热物理", "物理学", "力学", "应用经济学", "管理科学与工程",
    "光学工程"
  };
  static final int[] JCR_YEARS = {2019, 2020, 2021, 2022, 2023, 2024};
  static final String[] ESI_EDITIONS = {"2025-01", "2025-03", "2025-05", "2025-07", "2025-09"};
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  /** A journal as the exports show it: every ISSN, CN number and title its records print. */
  static final class Journal {
    final Set<String> issns = new LinkedHashSet<>();
    final Set<String> cns = new LinkedHashSet<>();
    String issn;
    String eissn;
    String cn;
    String latinTitle;
    String hanTitle;
    boolean inWosJournalIndex;
    boolean inCnki;

    String key() {
      return issn != null ? issn : eissn != null ? eissn : cn != null ? cn
          : JournalKey.titleKey(hanTitle != null ? hanTitle : latinTitle);
    }
  }

  public static void main(String[] args) throws IOException {
    Path out;
    List<Path> inputs = new ArrayList<>();
    if (args.length == 0) {
      out = Path.of("demo/lists");
      inputs.add(sharedDatasets().resolve("synthetic-dev/input/exports"));
      inputs.add(Path.of("demo"));
    } else {
      out = Path.of(args[0]);
      for (int i = 1; i < args.length; i++) {
        inputs.add(Path.of(args[i]));
      }
    }
    List<SourceRecord> records = read(inputs);
    write(records, out);
    System.err.printf("%d records → %s%n", records.size(), out.toAbsolutePath().normalize());
  }

  /** {@code shared/datasets}, found by walking up from the working directory (worktrees nest). */
  static Path sharedDatasets() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/datasets"))) {
        return p.resolve("shared/datasets");
      }
    }
    throw new IllegalStateException("shared/datasets not found above the working directory");
  }

  static List<SourceRecord> read(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> f.toString().matches(".*\\.(txt|ris|csv|bib|xls|xlsx)$"))
              .filter(f -> !f.getFileName().toString().matches("(units|people)\\.csv"))
              .sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    List<SourceRecord> records = new ArrayList<>();
    Harvester h = new Harvester();
    for (Path f : files) {
      h.read(f, new RecordSink() {
        @Override
        public void record(SourceRecord r) {
          records.add(r);
        }

        @Override
        public void problem(ParseProblem p) {
          // the generator needs journals, not every record
        }
      });
    }
    return records;
  }

  /** Groups the records' journals: records sharing an ISSN, CN number or title are one journal. */
  static List<Journal> journals(List<SourceRecord> records) {
    Map<String, Journal> byKey = new HashMap<>();
    List<Journal> all = new ArrayList<>();
    for (SourceRecord r : records) {
      if (r.sourceTitle() == null || r.sourceTitle().isBlank()
          || r.documentType() == org.acta.matching.model.DocumentType.PROCEEDINGS_PAPER) {
        continue;
      }
      List<String> keys = new ArrayList<>();
      String issn = Issn.normalize(r.ids().issn());
      String eissn = Issn.normalize(r.ids().eissn());
      String cn = CnNumber.normalize(r.ids().cnNumber());
      if (issn != null) {
        keys.add(issn);
      }
      if (eissn != null) {
        keys.add(eissn);
      }
      if (cn != null) {
        keys.add(cn);
      }
      if (keys.isEmpty()) {
        keys.add(JournalKey.titleKey(r.sourceTitle()));
      }
      Journal j = null;
      for (String k : keys) {
        if (byKey.containsKey(k)) {
          j = byKey.get(k);
          break;
        }
      }
      if (j == null) {
        j = new Journal();
        all.add(j);
      }
      for (String k : keys) {
        byKey.putIfAbsent(k, j);
      }
      if (issn != null && j.issn == null && r.source() != SourceDatabase.EI) {
        j.issn = issn;
      }
      if (eissn != null && j.eissn == null) {
        j.eissn = eissn;
      }
      if (issn != null) {
        j.issns.add(issn);
      }
      if (cn != null) {
        j.cns.add(cn);
        j.cn = j.cn == null ? r.ids().cnNumber().strip() : j.cn;
      }
      String title = r.sourceTitle().strip();
      if (TextFolder.isMostlyHan(title)) {
        j.hanTitle = j.hanTitle == null ? title : j.hanTitle;
      } else if (r.source() == SourceDatabase.WOS || j.latinTitle == null) {
        j.latinTitle = r.source() == SourceDatabase.EI && title.contains("/")
            ? title.substring(title.indexOf('/') + 1) : title;
      }
      if (r.source() == SourceDatabase.WOS && r.editions().stream()
          .anyMatch(e -> e.contains("SCI-EXPANDED") || e.contains("SSCI")
              || e.contains("Social Science Citation"))) {
        j.inWosJournalIndex = true;
      }
      if (r.source() == SourceDatabase.CNKI) {
        j.inCnki = true;
      }
    }
    for (Journal j : all) {
      if (j.issn == null && !j.issns.isEmpty()) {
        j.issn = j.issns.iterator().next();
      }
    }
    all.sort(java.util.Comparator.comparing(Journal::key, java.util.Comparator.nullsLast(
        java.util.Comparator.naturalOrder())));
    return all;
  }

  static void write(List<SourceRecord> records, Path out) throws IOException {
    Files.createDirectories(out);
    List<Journal> journals = journals(records);
    writeJournalLists(journals, out.resolve("journal-lists.csv"));
    for (int year : JCR_YEARS) {
      writeJcr(journals, year, out.resolve("jcr-" + year + ".csv"));
    }
    writeEsiJournals(journals, out.resolve("esi-journals-2025-09.csv"));
    for (int e = 0; e < ESI_EDITIONS.length; e++) {
      writeEsiPapers(records, e, out.resolve("esi-papers-" + ESI_EDITIONS[e] + ".csv"));
    }
    writeSubjects(out.resolve("subjects.csv"));
  }

  private static void writeJournalLists(List<Journal> journals, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV)) {
      p.printRecord("list", "edition", "valid_from", "valid_to", "title", "issn", "eissn", "cn",
          "tier");
      String[][] pku = {{"2017", "2017", "2019"}, {"2020", "2020", "2022"}, {"2023", "2023", ""}};
      String[][] cscd = {{"2019-2020", "2019", "2020"}, {"2021-2022", "2021", "2022"},
          {"2023-2024", "2023", "2024"}, {"2025-2026", "2025", "2026"}};
      String[][] cssci = {{"2019-2020", "2019", "2020"}, {"2021-2022", "2021", "2022"},
          {"2023-2024", "2023", "2024"}};
      for (String[] ed : pku) {
        for (Journal j : journals) {
          if (j.inCnki && h(j, "pku") < 0.55 && h(j, "pku" + ed[0]) < 0.9) {
            entry(p, "PKU_CORE", ed, j, "");
          }
        }
      }
      for (String[] ed : cscd) {
        for (Journal j : journals) {
          double x = h(j, "cscd");
          if (j.inCnki && x < 0.45 && h(j, "cscd" + ed[0]) < 0.9) {
            entry(p, "CSCD", ed, j, x < 0.3 ? "core" : "extended");
          }
        }
      }
      for (String[] ed : cssci) {
        for (Journal j : journals) {
          if (j.inCnki && h(j, "cssci") < 0.12 && h(j, "cssci" + ed[0]) < 0.9) {
            entry(p, "CSSCI", ed, j, "");
          }
        }
      }
    }
  }

  /** One journal list row; some rows leave the ISSN out so CN and title matching are exercised. */
  private static void entry(CSVPrinter p, String list, String[] ed, Journal j, String tier)
      throws IOException {
    double how = h(j, "keys");
    String issn = how < 0.7 ? j.issn : null;
    String cn = how < 0.9 ? j.cn : null;
    String title = j.hanTitle != null ? j.hanTitle : j.latinTitle;
    p.printRecord(list, ed[0], ed[1], ed[2], title, issn, null, cn, tier);
  }

  private static void writeJcr(List<Journal> journals, int year, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV)) {
      p.printRecord("year", "title", "issn", "eissn", "category", "edition", "impact_factor",
          "quartile");
      for (Journal j : journals) {
        if (!j.inWosJournalIndex || h(j, "jcr") >= 0.85 || year < firstJcrYear(j)) {
          continue;
        }
        int c = (int) (h(j, "category") * CATEGORIES.length);
        double base = 0.5 + 12 * Math.pow(h(j, "if"), 2);
        BigDecimal impact = BigDecimal.valueOf(base * (0.85 + 0.3 * h(j, "if" + year)))
            .setScale(1, RoundingMode.HALF_UP);
        // quartile follows the impact factor, with a category-dependent shift now and then
        double v = impact.doubleValue();
        int q = v >= 6 ? 1 : v >= 3 ? 2 : v >= 1.5 ? 3 : 4;
        double move = h(j, "q" + year);
        q = Math.max(1, Math.min(4, q + (move < 0.1 ? -1 : move > 0.9 ? 1 : 0)));
        String edition = c >= 9 && c <= 10 ? "SSCI" : "SCIE";
        String title = j.latinTitle != null ? j.latinTitle.toUpperCase(java.util.Locale.ROOT)
            : j.hanTitle;
        p.printRecord(year, title, j.issn, j.eissn, CATEGORIES[c], edition,
            impact.toPlainString(), "Q" + q);
        if (h(j, "second") < 0.3) {
          int c2 = (c + 1 + (int) (h(j, "c2") * (CATEGORIES.length - 1))) % CATEGORIES.length;
          p.printRecord(year, title, j.issn, j.eissn, CATEGORIES[c2], edition,
              impact.toPlainString(), "Q" + Math.min(4, q + 1));
        }
      }
    }
  }

  private static int firstJcrYear(Journal j) {
    double x = h(j, "first");
    return x < 0.7 ? JCR_YEARS[0] : JCR_YEARS[1 + (int) ((x - 0.7) / 0.3 * 4)];
  }

  private static void writeEsiJournals(List<Journal> journals, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV)) {
      p.printRecord("edition", "title", "issn", "eissn", "esi_field");
      for (Journal j : journals) {
        if (!j.inWosJournalIndex || h(j, "esi") >= 0.9) {
          continue;
        }
        int c = (int) (h(j, "category") * CATEGORIES.length);
        p.printRecord("2025-09", j.latinTitle == null ? j.hanTitle
            : j.latinTitle.toUpperCase(java.util.Locale.ROOT), j.issn, j.eissn, ESI_FIELDS[c]);
      }
    }
  }

  /**
   * Papers of the WoS records: about 3% highly cited, in a run of consecutive editions (some
   * still listed in the latest, some dropped out), and about 1% hot for one or two editions.
   */
  private static void writeEsiPapers(List<SourceRecord> records, int edition, Path file)
      throws IOException {
    Map<String, SourceRecord> papers = new TreeMap<>();
    for (SourceRecord r : records) {
      if (r.source() == SourceDatabase.WOS && r.ids().wosUt() != null) {
        papers.putIfAbsent(r.ids().wosUt().strip().toUpperCase(java.util.Locale.ROOT), r);
      }
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV)) {
      p.printRecord("list", "edition", "doi", "wos_ut", "esi_field");
      for (var e : papers.entrySet()) {
        String ut = e.getKey();
        String doi = Doi.normalize(e.getValue().ids().doi());
        boolean byDoi = doi != null && hash(ut + "id") < 0.5;
        double hc = hash(ut + "hc");
        if (hc < 0.03) {
          int first = (int) (hash(ut + "first") * ESI_EDITIONS.length);
          int last = hash(ut + "stays") < 0.6 ? ESI_EDITIONS.length - 1
              : first + (int) (hash(ut + "len") * (ESI_EDITIONS.length - first));
          if (edition >= first && edition <= last) {
            p.printRecord("highly_cited", ESI_EDITIONS[edition], byDoi ? doi : null,
                byDoi ? null : ut, null);
          }
        }
        if (hash(ut + "hot") < 0.01) {
          int first = (int) (hash(ut + "hotfirst") * ESI_EDITIONS.length);
          if (edition == first || edition == first + 1 && hash(ut + "hot2") < 0.5) {
            p.printRecord("hot", ESI_EDITIONS[edition], byDoi ? doi : null, byDoi ? null : ut,
                null);
          }
        }
      }
    }
  }

  private static void writeSubjects(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV)) {
      p.printRecord("category", "esi_field", "discipline");
      for (int i = 0; i < CATEGORIES.length; i++) {
        p.printRecord(CATEGORIES[i], ESI_FIELDS[i], DISCIPLINES[i]);
      }
    }
  }

  private static double h(Journal j, String salt) {
    return hash(j.key() + "\u0000" + salt);
  }

  /** A number in [0, 1) from a text: the deterministic "random" choice of the generator. */
  static double hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 7; i++) {
        v = (v << 8) | (d[i] & 0xFF);
      }
      return v / (double) (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
