package org.acta.harvest.parse.wos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag → values of one WoS record, the same for the plain-text, tab-delimited and Excel
 * readers: for list tags ({@link WosTags#LIST_TAGS}) one value per item, for every other tag one
 * value per occurrence (normally one) with wrapped lines already joined by one space.
 */
public final class WosFields {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  /** Adds a value (an item for list tags, an occurrence for others). */
  public void add(String tag, String value) {
    values.computeIfAbsent(tag, t -> new ArrayList<>(2)).add(value);
  }

  /** Appends wrapped text to the last value of {@code tag}, joined with one space. */
  void appendToLast(String tag, String continuation) {
    List<String> list = values.get(tag);
    if (list == null || list.isEmpty()) {
      add(tag, continuation);
      return;
    }
    int last = list.size() - 1;
    String prev = list.get(last);
    list.set(last, prev.isEmpty() ? continuation : prev + " " + continuation);
  }

  /** The text of a non-list tag (repeated occurrences joined by a space), stripped; null if absent or blank. */
  public String text(String tag) {
    List<String> list = values.get(tag);
    if (list == null || list.isEmpty()) {
      return null;
    }
    String s = list.size() == 1 ? list.get(0) : String.join(" ", list);
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /** The items of a list tag, stripped, blanks dropped. */
  public List<String> items(String tag) {
    List<String> list = values.get(tag);
    if (list == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(list.size());
    for (String s : list) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  public boolean has(String tag) {
    return text(tag) != null;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
