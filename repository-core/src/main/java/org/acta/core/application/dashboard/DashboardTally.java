package org.acta.core.application.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts the rows of the one table into the dashboard's groups. Rows must come grouped by work
 * (ordered by work id): a work's rows are counted together so that each group sees the work once.
 */
final class DashboardTally {
  private final UnitTree units;
  private final GroupTally<String> unit = new GroupTally<>();
  private final GroupTally<String> year = new GroupTally<>();
  private final GroupTally<String> index = new GroupTally<>();
  private final GroupTally<String> quartile = new GroupTally<>();
  private final GroupTally<String> role = new GroupTally<>();
  private final GroupTally<YearOf> unitYear = new GroupTally<>();
  private final GroupTally<YearOf> indexYear = new GroupTally<>();
  private final Set<String> people = new HashSet<>();
  private String work;
  private long works;
  private long rows;

  DashboardTally(UnitTree units) {
    this.units = Objects.requireNonNull(units, "units");
  }

  /** A group in a year (a trend's point). */
  record YearOf(String key, int year) {}

  /** One live row of the table; rows of one work must follow each other. */
  void row(String workId, String personId, String unitId, Integer rowYear, String indexedIn,
      String jcrQuartile, boolean first, boolean corresponding) {
    if (!workId.equals(work)) {
      endWork();
      work = workId;
      works++;
    }
    rows++;
    people.add(personId);
    if (unitId != null) {
      for (String u : units.selfAndAncestors(unitId)) {
        unit.row(u);
        if (rowYear != null) {
          unitYear.row(new YearOf(u, rowYear));
        }
      }
    }
    if (rowYear != null) {
      year.row(String.valueOf(rowYear));
    }
    for (String i : indexes(indexedIn)) {
      index.row(i);
      if (rowYear != null) {
        indexYear.row(new YearOf(i, rowYear));
      }
    }
    if (jcrQuartile != null && !jcrQuartile.isBlank()) {
      quartile.row(jcrQuartile.strip());
    }
    if (first) {
      role.row("first");
    }
    if (corresponding) {
      role.row("corresponding");
    }
    if (!first && !corresponding) {
      role.row("other");
    }
  }

  /** The counts of every row handed in, read at table version {@code version}. */
  Dashboard result(long version) {
    endWork();
    return new Dashboard(version, works, rows, people.size(),
        counts(unit, units::parent, byWorksThenKey()),
        counts(year, k -> null, Comparator.comparing(Dashboard.Count::key)),
        counts(index, k -> null, byWorksThenKey()),
        counts(quartile, k -> null, Comparator.comparing(Dashboard.Count::key)),
        counts(role, k -> null, Comparator.comparing(c -> List.of("first", "corresponding",
            "other").indexOf(c.key()))),
        trends(unitYear), trends(indexYear));
  }

  private void endWork() {
    unit.endWork();
    year.endWork();
    index.endWork();
    quartile.endWork();
    role.endWork();
    unitYear.endWork();
    indexYear.endWork();
  }

  /** The entries of a {@code ;}-separated indexed_in, once each. */
  private static Set<String> indexes(String indexedIn) {
    Set<String> found = new LinkedHashSet<>();
    if (indexedIn != null) {
      for (String part : indexedIn.split(";")) {
        if (!part.isBlank()) {
          found.add(part.strip());
        }
      }
    }
    return found;
  }

  private static Comparator<Dashboard.Count> byWorksThenKey() {
    return Comparator.comparingLong(Dashboard.Count::works).reversed()
        .thenComparing(Dashboard.Count::key);
  }

  private static List<Dashboard.Count> counts(GroupTally<String> tally,
      Function<String, String> parent, Comparator<Dashboard.Count> order) {
    List<Dashboard.Count> counts = new ArrayList<>();
    for (Map.Entry<String, long[]> e : tally.totals().entrySet()) {
      counts.add(new Dashboard.Count(e.getKey(), parent.apply(e.getKey()), e.getValue()[0],
          e.getValue()[1]));
    }
    counts.sort(order);
    return List.copyOf(counts);
  }

  private static List<Dashboard.Trend> trends(GroupTally<YearOf> tally) {
    List<Dashboard.Trend> trends = new ArrayList<>();
    for (Map.Entry<YearOf, long[]> e : tally.totals().entrySet()) {
      trends.add(new Dashboard.Trend(e.getKey().key(), e.getKey().year(), e.getValue()[0],
          e.getValue()[1]));
    }
    trends.sort(Comparator.comparing(Dashboard.Trend::key).thenComparingInt(Dashboard.Trend::year));
    return List.copyOf(trends);
  }
}
