package org.acta.matching.indexing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Looks journals up in the entries of one list by ISSN (print or electronic), then CN number,
 * then normalised title: identifiers first because titles are shared by unrelated journals far
 * more often than ISSNs are mistyped. Built once per list; immutable and thread-safe.
 */
final class JournalIndex<T> {
  private final Map<String, List<T>> byIssn = new HashMap<>();
  private final Map<String, List<T>> byCn = new HashMap<>();
  private final Map<String, List<T>> byTitle = new HashMap<>();

  JournalIndex(List<T> entries, Function<T, JournalKey> keyOf) {
    for (T e : entries) {
      JournalKey k = keyOf.apply(e);
      k.issns().forEach(i -> add(byIssn, i, e));
      k.cnNumbers().forEach(c -> add(byCn, c, e));
      k.titles().forEach(t -> add(byTitle, t, e));
    }
  }

  private static <T> void add(Map<String, List<T>> m, String key, T e) {
    List<T> l = m.computeIfAbsent(key, x -> new ArrayList<>());
    if (!l.contains(e)) {
      l.add(e);
    }
  }

  /** The entries the journal matches, by the strongest kind of key that matches any. */
  Optional<JournalMatch<T>> find(JournalKey key) {
    Optional<JournalMatch<T>> m = find(byIssn, key.issns(), "ISSN ");
    if (m.isEmpty()) {
      m = find(byCn, key.cnNumbers(), "CN ");
    }
    if (m.isEmpty()) {
      m = find(byTitle, key.titles(), null);
    }
    return m;
  }

  private Optional<JournalMatch<T>> find(Map<String, List<T>> m, Set<String> keys,
      String label) {
    Set<T> hits = new LinkedHashSet<>();
    Set<String> matched = new TreeSet<>();
    for (String k : keys) {
      List<T> l = m.getOrDefault(k, Collections.emptyList());
      if (!l.isEmpty()) {
        hits.addAll(l);
        matched.add(k);
      }
    }
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    String by = label == null ? "title" : label + String.join("/", matched);
    return Optional.of(new JournalMatch<>(new ArrayList<>(hits), by));
  }
}
