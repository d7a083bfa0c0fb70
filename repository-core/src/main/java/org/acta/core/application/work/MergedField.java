package org.acta.core.application.work;

import java.util.List;

/**
 * One field of a work's merged view with where its value came from.
 *
 * @param field the one table's column name ({@code title}, {@code doi}, ...)
 * @param value the value the work shows
 * @param rule the merge rule that chose it, in words ("WOS > EI > CNKI > OTHER for doi")
 * @param sources the source record(s) that gave it; several only where the rule unites them
 */
public record MergedField(String field, String value, String rule, List<FieldSource> sources) {
  public MergedField {
    sources = List.copyOf(sources);
  }

  /**
   * A source record behind a field value.
   *
   * @param key the record's {@code file#n} key
   * @param recordId its database id (null when the record has left the work since the run)
   * @param database WOS, EI, CNKI or OTHER
   */
  public record FieldSource(String key, Long recordId, String database) {}
}
