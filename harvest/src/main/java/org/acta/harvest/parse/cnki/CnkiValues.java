package org.acta.harvest.parse.cnki;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The values of one CNKI record by meaning, in file order, with the line of each field. */
final class CnkiValues {
  private final Map<CnkiField, List<String>> values = new EnumMap<>(CnkiField.class);
  private final Map<CnkiField, Integer> lines = new EnumMap<>(CnkiField.class);

  void add(CnkiField field, String value, int line) {
    if (field == null || value == null) {
      return;
    }
    String v = value.strip();
    if (v.isEmpty()) {
      return;
    }
    values.computeIfAbsent(field, f -> new ArrayList<>()).add(v);
    lines.putIfAbsent(field, line);
  }

  String first(CnkiField field) {
    List<String> l = values.get(field);
    return l == null ? null : l.get(0);
  }

  List<String> all(CnkiField field) {
    return values.getOrDefault(field, List.of());
  }

  int line(CnkiField field, int fallback) {
    return lines.getOrDefault(field, fallback);
  }
}
