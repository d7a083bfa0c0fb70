package org.acta.matching.indexing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The subject mapping the library maintains: WoS category → ESI field (Clarivate's mapping) and
 * → the university's own discipline (学科), which differs between universities and so is data,
 * not code.
 */
public final class SubjectMapping {
  /**
   * One row of the mapping.
   *
   * @param wosCategory the WoS category ({@code CHEMISTRY, PHYSICAL})
   * @param esiField the ESI field of the category, or blank
   * @param discipline the university's discipline, or blank
   */
  public record Row(String wosCategory, String esiField, String discipline) {}

  public static final SubjectMapping NONE = new SubjectMapping(List.of());

  private final List<Row> rows;
  private final Map<String, Row> byCategory = new HashMap<>();

  public SubjectMapping(List<Row> rows) {
    this.rows = List.copyOf(rows);
    for (Row r : this.rows) {
      String k = JournalKey.titleKey(r.wosCategory());
      if (k != null) {
        byCategory.putIfAbsent(k, r);
      }
    }
  }

  public List<Row> rows() {
    return rows;
  }

  /** The ESI field of the first category that has one. */
  public Optional<String> esiField(Collection<String> categories) {
    for (String c : categories) {
      Row r = byCategory.get(JournalKey.titleKey(c));
      if (r != null && r.esiField() != null && !r.esiField().isBlank()) {
        return Optional.of(r.esiField().strip());
      }
    }
    return Optional.empty();
  }

  /** The university's disciplines of the categories, in order, without repeats. */
  public List<String> disciplines(Collection<String> categories) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : categories) {
      Row r = byCategory.get(JournalKey.titleKey(c));
      if (r != null && r.discipline() != null && !r.discipline().isBlank()) {
        out.add(r.discipline().strip());
      }
    }
    return List.copyOf(out);
  }
}
