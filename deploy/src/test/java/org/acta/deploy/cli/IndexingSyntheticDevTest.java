package org.acta.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acta.harvest.lists.ListFileReader;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.indexing.Indexer;
import org.acta.matching.indexing.Indexing;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.indexing.JcrYearRule;
import org.acta.matching.normalize.Doi;
import org.acta.matching.normalize.Issn;
import org.acta.matching.pipeline.PipelineResult;
import org.acta.matching.pipeline.TableRow;
import org.acta.matching.pipeline.TableRowAssembler;
import org.acta.matching.work.Work;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On synthetic-dev with the demo lists of {@code deploy/demo/lists}, the indexing columns of the
 * one table follow the lists — checked against the list files read independently here — and a
 * new JCR year changes only the rows it applies to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexingSyntheticDevTest {
  static final Path LISTS = Path.of("demo/lists");

  PipelineResult run;
  List<Work> works;
  IndexingLists lists;

  static Path syntheticDev() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path d = p.resolve("shared/datasets/synthetic-dev/input");
      if (Files.isDirectory(d)) {
        return d;
      }
    }
    Assumptions.abort("shared/datasets/synthetic-dev not found");
    return null;
  }

  @BeforeAll
  void runThePipelineOnce() throws IOException {
    Path in = syntheticDev();
    List<Path> exports;
    try (Stream<Path> s = Files.list(in.resolve("exports"))) {
      exports = s.sorted().toList();
    }
    HarvestRun harvest = HarvestRun.readAll(exports, new PrintWriter(new StringWriter()), true);
    run = PipelineFactory.create(in.resolve("units.csv"), in.resolve("people.csv"))
        .run(harvest.records());
    works = run.dedup().works();
    lists = new ListFileReader().readDirectory(LISTS).lists();
  }

  /** The one table's rows under some lists and rules, by row id. */
  private Map<String, TableRow> table(IndexingLists l, IndexingConfig config) {
    Indexer indexer = new Indexer(l, config);
    TableRowAssembler assembler = new TableRowAssembler(1);
    Map<String, Work> byId = new HashMap<>();
    works.forEach(w -> byId.put(w.id(), w));
    Map<String, Indexing> cache = new HashMap<>();
    Map<String, TableRow> rows = new TreeMap<>();
    for (AuthorshipDecision d : run.decisions()) {
      if (d.outcome() == Outcome.AUTO) {
        Work w = byId.get(d.workId());
        Indexing i = cache.computeIfAbsent(w.id(), x -> indexer.index(w));
        TableRow r = assembler.row(w, d, i);
        rows.put(r.rowId(), r);
      }
    }
    return rows;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(r).getRecords();
    }
  }

  private static Set<String> rowIssns(TableRow r) {
    Set<String> s = new HashSet<>();
    for (String v : new String[] {r.issn(), r.eissn()}) {
      String n = Issn.normalize(v);
      if (n != null) {
        s.add(n);
      }
    }
    return s;
  }

  @Test
  void jcrQuartileAndImpactFactorFollowTheJcrFiles() throws IOException {
    // year → ISSN → {best quartile, impact factor}, read straight from the files
    Map<Integer, Map<String, String[]>> jcr = new TreeMap<>();
    try (Stream<Path> s = Files.list(LISTS)) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("jcr-")).toList()) {
        for (CSVRecord r : csv(f)) {
          Map<String, String[]> y = jcr.computeIfAbsent(Integer.valueOf(r.get("year")),
              k -> new HashMap<>());
          for (String col : new String[] {"issn", "eissn"}) {
            String n = Issn.normalize(r.get(col));
            if (n != null) {
              String[] prior = y.get(n);
              if (prior == null || r.get("quartile").compareTo(prior[0]) < 0) {
                y.put(n, new String[] {r.get("quartile"), r.get("impact_factor")});
              }
            }
          }
        }
      }
    }
    Map<String, TableRow> table = table(lists, IndexingConfig.defaults());
    int checked = 0;
    int withQuartile = 0;
    for (TableRow r : table.values()) {
      Integer jcrYear = r.year() == null ? null
          : ((java.util.NavigableSet<Integer>) new java.util.TreeSet<>(jcr.keySet()))
              .floor(r.year());
      if (r.jcrQuartile() != null) {
        withQuartile++;
        assertTrue(jcrYear != null, "a quartile before the first JCR year: " + r);
      }
      if (jcrYear == null) {
        continue;
      }
      for (String issn : rowIssns(r)) {
        String[] expected = jcr.get(jcrYear).get(issn);
        if (expected != null) {
          assertEquals(expected[0], r.jcrQuartile(), r.toString());
          assertEquals(0, new BigDecimal(expected[1]).compareTo(new BigDecimal(r.impactFactor())),
              r.toString());
          checked++;
          break;
        }
      }
    }
    assertTrue(checked > 1000, "rows checked against the JCR files: " + checked);
    assertTrue(withQuartile >= checked, withQuartile + " < " + checked);
  }

  @Test
  void chineseListsApplyOnlyInTheirEditionsYears() throws IOException {
    // (list, ISSN) → years covered, from the journal list file, rows that give an ISSN
    Map<String, Set<Integer>> covered = new HashMap<>();
    Map<String, Integer> lastOfOpen = Map.of("PKU_CORE", 2100);
    for (CSVRecord r : csv(LISTS.resolve("journal-lists.csv"))) {
      String issn = Issn.normalize(r.get("issn"));
      if (issn == null) {
        continue;
      }
      int from = Integer.parseInt(r.get("valid_from"));
      int to = r.get("valid_to").isBlank() ? lastOfOpen.get(r.get("list"))
          : Integer.parseInt(r.get("valid_to"));
      Set<Integer> years = covered.computeIfAbsent(r.get("list") + "|" + issn,
          k -> new HashSet<>());
      for (int y = from; y <= to; y++) {
        years.add(y);
      }
    }
    int hits = 0;
    for (TableRow r : table(lists, IndexingConfig.defaults()).values()) {
      List<String> idx = r.indexedIn() == null ? List.of() : List.of(r.indexedIn().split(";"));
      for (String list : new String[] {"PKU_CORE", "CSCD", "CSSCI"}) {
        for (String issn : rowIssns(r)) {
          Set<Integer> years = covered.get(list + "|" + issn);
          if (years != null && years.contains(r.year())) {
            assertTrue(idx.contains(list), list + " expected: " + r);
            hits++;
          }
        }
      }
      if (r.year() != null && r.year() < 2017) {
        assertFalse(idx.contains("PKU_CORE") || idx.contains("CSCD") || idx.contains("CSSCI"),
            "no edition covers " + r.year() + ": " + r);
      }
    }
    assertTrue(hits > 300, "rows checked against the journal lists: " + hits);
  }

  @Test
  void theRecordsOwnIndexesAreKept() {
    Map<String, TableRow> with = table(lists, IndexingConfig.defaults());
    Map<String, TableRow> without = table(IndexingLists.NONE, IndexingConfig.defaults());
    assertEquals(without.keySet(), with.keySet());
    for (var e : without.entrySet()) {
      String own = e.getValue().indexedIn();
      if (own != null) {
        List<String> all = List.of(with.get(e.getKey()).indexedIn().split(";"));
        assertTrue(all.containsAll(List.of(own.split(";"))), own + " lost in " + all);
      }
    }
  }

  @Test
  void esiFlagsFollowThePaperListsBothWays() throws IOException {
    Set<String> hc = new HashSet<>();
    Set<String> hot = new HashSet<>();
    try (Stream<Path> s = Files.list(LISTS)) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("esi-papers-"))
          .toList()) {
        for (CSVRecord r : csv(f)) {
          Set<String> target = r.get("list").equals("hot") ? hot : hc;
          if (!r.get("doi").isBlank()) {
            target.add(Doi.normalize(r.get("doi")));
          }
          if (!r.get("wos_ut").isBlank()) {
            target.add(r.get("wos_ut"));
          }
        }
      }
    }
    int flagged = 0;
    for (TableRow r : table(lists, IndexingConfig.defaults()).values()) {
      boolean inHc = hc.contains(r.wosUt()) || r.doi() != null && hc.contains(r.doi());
      boolean inHot = hot.contains(r.wosUt()) || r.doi() != null && hot.contains(r.doi());
      assertEquals(inHc, r.esiHighlyCited(), r.toString());
      assertEquals(inHot, r.esiHot(), r.toString());
      flagged += r.esiHighlyCited() ? 1 : 0;
    }
    assertTrue(flagged > 20, "highly cited rows: " + flagged);
  }

  @Test
  void aNewJcrYearChangesOnlyTheRowsItAppliesTo() throws IOException {
    Path dir = Files.createTempDirectory("lists-before-2024");
    try (Stream<Path> s = Files.list(LISTS)) {
      for (Path f : s.toList()) {
        if (!f.getFileName().toString().equals("jcr-2024.csv")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    IndexingLists before = new ListFileReader().readDirectory(dir).lists();

    IndexingConfig exact = IndexingConfig.defaults().withJcrYearRule(JcrYearRule.PUBLICATION_YEAR);
    Set<Integer> changedYears = changedYears(table(before, exact), table(lists, exact));
    assertEquals(Set.of(2024), changedYears, "publication-year rule: only 2024 rows change");

    IndexingConfig fallback = IndexingConfig.defaults();
    Set<Integer> fallbackYears = changedYears(table(before, fallback), table(lists, fallback));
    assertTrue(fallbackYears.contains(2024), fallbackYears.toString());
    assertTrue(fallbackYears.stream().allMatch(y -> y >= 2024),
        "with the fallback rule 2024 and later rows may change, no earlier: " + fallbackYears);
  }

  private static Set<Integer> changedYears(Map<String, TableRow> a, Map<String, TableRow> b) {
    assertEquals(a.keySet(), b.keySet());
    Set<Integer> years = new HashSet<>();
    List<String> changed = new ArrayList<>();
    for (var e : a.entrySet()) {
      if (!e.getValue().equals(b.get(e.getKey()))) {
        years.add(e.getValue().year());
        changed.add(e.getKey());
      }
    }
    assertFalse(changed.isEmpty(), "the new JCR year changed nothing");
    return years;
  }
}
