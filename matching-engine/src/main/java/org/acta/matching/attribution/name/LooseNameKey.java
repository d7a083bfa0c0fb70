package org.acta.matching.attribution.name;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Surname plus first given-name letter: the coarse key that says two printed forms of one work can
 * be the same author ({@code 王小明}, {@code Wang, Xiaoming}, {@code Wang, XM}, {@code Wang, X.}).
 * Used to line up the author lists of a work's records and to bind corresponding-author entries.
 */
public final class LooseNameKey {
  private final ChineseRomanizer romanizer;
  private final AuthorNameReader reader = new AuthorNameReader();

  public LooseNameKey(ChineseRomanizer romanizer) {
    this.romanizer = romanizer;
  }

  private final java.util.Map<String, Set<String>> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The loose keys of a printed name (several when the order or the reading is uncertain). */
  public Set<String> of(String printed) {
    if (printed == null) {
      return Set.of();
    }
    Set<String> cached = cache.get(printed);
    if (cached != null) {
      return cached;
    }
    Set<String> keys = java.util.Collections.unmodifiableSet(of(reader.read(printed)));
    if (cache.size() > 200_000) {
      cache.clear();
    }
    cache.put(printed, keys);
    return keys;
  }

  public Set<String> of(List<NameReading> readings) {
    Set<String> out = new LinkedHashSet<>();
    for (NameReading r : readings) {
      if (r.strength() == NameStrength.HANZI) {
        ChineseRomanizer.SplitName split = romanizer.split(r.family());
        List<List<String>> syl = romanizer.syllables(split.given());
        for (String fam : romanizer.surnameReadings(split.surname())) {
          if (syl.isEmpty()) {
            out.add(fam + "|");
          } else {
            for (String first : syl.get(0)) {
              if (!first.isEmpty()) {
                out.add(fam + "|" + first.charAt(0));
              }
            }
          }
        }
        continue;
      }
      String key = r.key();
      int bar = key.indexOf('|');
      if (bar > 2 && bar + 1 < key.length()) {
        out.add(key.substring(2, bar) + "|" + key.charAt(bar + 1));
      }
    }
    return out;
  }

  /** Whether two sets of loose keys share one. */
  public static boolean compatible(Set<String> a, Set<String> b) {
    for (String k : a) {
      if (b.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
