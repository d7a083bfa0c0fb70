package org.acta.core.application.dashboard;

import java.util.List;

/**
 * The dashboard's counts of the one table's live rows under one filter. A work counts once in a
 * group however many of its rows fall there (three authors of one school: one paper for that
 * school), so works do not add up across groups while rows do.
 *
 * @param version the table's change sequence the counts were read at
 * @param works distinct works
 * @param rows rows (one per work and person)
 * @param people distinct people
 * @param units per unit, each unit's rows including those of every unit below it
 * @param years per publication year
 * @param indexes per index ({@code SCIE}, {@code EI}, ...); a work in two indexes counts in both
 * @param quartiles per JCR quartile (works without one are in no group)
 * @param roles {@code first}, {@code corresponding} (a first author may be both) and {@code other}
 * @param unitTrends per unit and year (sub-units rolled up)
 * @param indexTrends per index and year
 */
public record Dashboard(long version, long works, long rows, long people, List<Count> units,
    List<Count> years, List<Count> indexes, List<Count> quartiles, List<Count> roles,
    List<Trend> unitTrends, List<Trend> indexTrends) {

  /**
   * One group's counts.
   *
   * @param key the group (a unit code, a year, an index, a quartile, a role)
   * @param parent for units: the parent unit's code (null at the top or for a code the unit
   *     dictionary does not know); null for the other groups
   */
  public record Count(String key, String parent, long works, long rows) {}

  /** One group's counts in one year. */
  public record Trend(String key, int year, long works, long rows) {}
}
