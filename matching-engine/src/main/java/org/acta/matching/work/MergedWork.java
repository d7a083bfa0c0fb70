package org.acta.matching.work;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The merged view of a work: one value per field, each with its provenance. */
public record MergedWork(Map<WorkField, ProvenancedValue> fields) {

  public static final MergedWork EMPTY = new MergedWork(Map.of());

  public MergedWork {
    fields = fields.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(fields));
  }

  /** The value of a field, or null. */
  public String get(WorkField field) {
    ProvenancedValue v = fields.get(field);
    return v == null ? null : v.value();
  }
}
