package org.acta.core.application.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's counts on a real MariaDB against counts made the slow, obvious way from the
 * same rows: distinct works and rows per group, sub-units rolled up into their school and the
 * university, deleted rows left out, and the same filters as HR's pulls.
 */
class DashboardQueryTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,
      S1,U0,化学工程学院,School of Chemical Engineering,
      D1,S1,催化系,Department of Catalysis,
      D2,S1,材料系,Department of Materials,
      S2,U0,物理学院,School of Physics,
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,D1,,,,2000,
      """;
  /** Each unit code and the units it rolls up into (X9 is a code the dictionary lacks). */
  private static final Map<String, List<String>> UP = Map.of(
      "D1", List.of("D1", "S1", "U0"), "D2", List.of("D2", "S1", "U0"),
      "S1", List.of("S1", "U0"), "S2", List.of("S2", "U0"), "U0", List.of("U0"),
      "X9", List.of("X9"));
  private static final String[] UNIT_CHOICES = {"D1", "D2", "S1", "S2", "U0", "X9", null};
  private static final String[] INDEX_CHOICES = {"SCIE;EI", "ESCI", "SSCI", null, "EI;SCIE",
      "CSCD"};
  private static final String[] QUARTILES = {"Q1", "Q2", "Q3", "Q4", null};

  private static TestDatabase db;
  private static final List<Row> ROWS = new ArrayList<>();

  record Row(String id, String work, String person, String unit, Integer year, String indexedIn,
      String quartile, boolean first, boolean corresponding, boolean deleted, String status) {}

  @BeforeAll
  static void rows() throws SQLException {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE), "hr-1");
    Random random = new Random(8);
    int id = 0;
    for (int w = 0; w < 400; w++) {
      Integer year = random.nextInt(10) == 0 ? null : 2019 + random.nextInt(4);
      String indexed = INDEX_CHOICES[random.nextInt(INDEX_CHOICES.length)];
      String quartile = QUARTILES[random.nextInt(QUARTILES.length)];
      int authors = 1 + random.nextInt(4);
      for (int a = 0; a < authors; a++) {
        ROWS.add(new Row("r" + id++, String.format("w%04d", w), "p" + random.nextInt(60),
            UNIT_CHOICES[random.nextInt(UNIT_CHOICES.length)], year, indexed, quartile, a == 0,
            random.nextInt(4) == 0, random.nextInt(12) == 0,
            random.nextBoolean() ? "auto" : "confirmed"));
      }
    }
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO table_row (row_id, work_id,"
            + " person_id, unit_id, author_rank, is_first_author, is_corresponding,"
            + " first_affiliation_is_institution, year, indexed_in, jcr_quartile, status,"
            + " confidence, version, deleted, content_sha256)"
            + " VALUES (?, ?, ?, ?, 1, ?, ?, TRUE, ?, ?, ?, ?, 0.9, 1, ?, ?)")) {
      for (Row r : ROWS) {
        int p = 1;
        ps.setString(p++, r.id());
        ps.setString(p++, r.work());
        ps.setString(p++, r.person());
        ps.setString(p++, r.unit());
        ps.setBoolean(p++, r.first());
        ps.setBoolean(p++, r.corresponding());
        ps.setObject(p++, r.year());
        ps.setString(p++, r.indexedIn());
        ps.setString(p++, r.quartile());
        ps.setString(p++, r.status());
        ps.setBoolean(p++, r.deleted());
        ps.setString(p, "0".repeat(64));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void everyGroupCountsDistinctWorksAndRowsWithSubUnitsRolledUp() {
    Dashboard d = new DashboardQuery(db.dataSource()).count(TableFilter.NONE);
    List<Row> live = ROWS.stream().filter(r -> !r.deleted()).toList();
    assertEquals(works(live), d.works());
    assertEquals(live.size(), d.rows());
    assertEquals(live.stream().map(Row::person).distinct().count(), d.people());

    assertEquals(expected(live, r -> r.unit() == null ? List.of() : UP.get(r.unit())),
        actual(d.units()));
    assertEquals(expected(live, r -> r.year() == null ? List.of() : List.of("" + r.year())),
        actual(d.years()));
    assertEquals(expected(live, DashboardQueryTest::indexes), actual(d.indexes()));
    assertEquals(expected(live, r -> r.quartile() == null ? List.of() : List.of(r.quartile())),
        actual(d.quartiles()));
    assertEquals(expected(live, DashboardQueryTest::roles), actual(d.roles()));
    assertEquals(expected(live, r -> r.unit() == null || r.year() == null ? List.of()
        : UP.get(r.unit()).stream().map(u -> u + "@" + r.year()).toList()),
        trends(d.unitTrends()));
    assertEquals(expected(live, r -> r.year() == null ? List.of()
        : indexes(r).stream().map(i -> i + "@" + r.year()).toList()), trends(d.indexTrends()));

    // a work with authors in both departments is one work for their school, not two
    assertTrue(count(d.units(), "S1").works()
        < count(d.units(), "D1").works() + count(d.units(), "D2").works()
        + works(live.stream().filter(r -> "S1".equals(r.unit())).toList()),
        "the data has works shared across S1's units, counted once for S1");
    assertEquals("S1", count(d.units(), "D1").parent());
    assertNull(count(d.units(), "U0").parent());
    assertNull(count(d.units(), "X9").parent(), "a code the dictionary lacks stands alone");
    assertEquals(List.of("first", "corresponding", "other"),
        d.roles().stream().map(Dashboard.Count::key).toList());
  }

  @Test
  void theFiltersAreHrPullsFiltersAndWithinTakesTheSubtree() throws Exception {
    DashboardQuery query = new DashboardQuery(db.dataSource());
    TableFilter withinS1 = new TableFilter(null, null, null, null, null, "S1", null, null);
    Dashboard d = query.count(withinS1);
    List<Row> s1 = ROWS.stream().filter(r -> !r.deleted() && r.unit() != null
        && UP.get(r.unit()).contains("S1")).toList();
    assertEquals(works(s1), d.works());
    assertEquals(s1.size(), d.rows());
    assertEquals(Set.of("D1", "D2", "S1", "U0"),
        new HashSet<>(d.units().stream().map(Dashboard.Count::key).toList()),
        "the school, its departments, and the university above it");
    // the table pull with the same filter gives exactly these rows
    Set<String> pulled = new HashSet<>();
    new TableQuery(db.dataSource()).forEachChangedSince(0, withinS1, row -> {
      if (!row.deleted()) {
        pulled.add(row.rowId());
      }
    });
    assertEquals(new HashSet<>(s1.stream().map(Row::id).toList()), pulled);

    check(query, new TableFilter(2020, null, null, null, "SCIE", null, "Q1", null),
        r -> Integer.valueOf(2020).equals(r.year()) && indexes(r).contains("SCIE")
            && "Q1".equals(r.quartile()));
    check(query, new TableFilter(null, "D2", null, "confirmed", null, null, null, "first"),
        r -> "D2".equals(r.unit()) && r.status().equals("confirmed") && r.first());
    check(query, new TableFilter(null, null, null, null, null, "U0", null, "other"),
        r -> r.unit() != null && UP.get(r.unit()).contains("U0") && !r.first()
            && !r.corresponding());
    check(query, new TableFilter(null, null, null, null, null, "X9", null, "corresponding"),
        r -> "X9".equals(r.unit()) && r.corresponding());
    assertThrows(IllegalArgumentException.class,
        () -> new TableFilter(null, null, null, null, null, null, null, "last"));
  }

  private static void check(DashboardQuery query, TableFilter filter, Predicate<Row> passes) {
    Dashboard d = query.count(filter);
    List<Row> expected = ROWS.stream().filter(r -> !r.deleted()).filter(passes).toList();
    assertTrue(!expected.isEmpty(), "the filter selects something: " + filter);
    assertEquals(works(expected), d.works(), filter.toString());
    assertEquals(expected.size(), d.rows(), filter.toString());
    assertEquals(expected(expected, DashboardQueryTest::roles), actual(d.roles()));
  }

  private static Dashboard.Count count(List<Dashboard.Count> counts, String key) {
    return counts.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  private static long works(List<Row> rows) {
    return rows.stream().map(Row::work).distinct().count();
  }

  private static List<String> indexes(Row r) {
    if (r.indexedIn() == null) {
      return List.of();
    }
    return java.util.Arrays.stream(r.indexedIn().split(";")).map(String::strip).distinct()
        .toList();
  }

  private static List<String> roles(Row r) {
    List<String> roles = new ArrayList<>();
    if (r.first()) {
      roles.add("first");
    }
    if (r.corresponding()) {
      roles.add("corresponding");
    }
    if (roles.isEmpty()) {
      roles.add("other");
    }
    return roles;
  }

  /** Per group "works/rows", counted with a set of work ids per group. */
  private static Map<String, String> expected(List<Row> rows, Function<Row, List<String>> keys) {
    Map<String, Set<String>> works = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (Row r : rows) {
      for (String k : keys.apply(r)) {
        works.computeIfAbsent(k, x -> new HashSet<>()).add(r.work());
        count.merge(k, 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    works.forEach((k, set) -> out.put(k, set.size() + "/" + count.get(k)));
    return out;
  }

  private static Map<String, String> actual(List<Dashboard.Count> counts) {
    Map<String, String> out = new HashMap<>();
    counts.forEach(c -> out.put(c.key(), c.works() + "/" + c.rows()));
    return out;
  }

  private static Map<String, String> trends(List<Dashboard.Trend> trends) {
    Map<String, String> out = new HashMap<>();
    trends.forEach(t -> out.put(t.key() + "@" + t.year(), t.works() + "/" + t.rows()));
    return out;
  }
}
