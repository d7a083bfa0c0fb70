package org.acta.matching.attribution.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a printed author name into the index keys it could stand for: {@code 王小明};
 * {@code Wang, Xiaoming}, {@code Wang, Xiao-Ming}, {@code WANG, XIAOMING}; {@code Wang, XM},
 * {@code Wang, X.-M.}; {@code Wang, X.}; {@code Xiaoming Wang} and {@code Wang Xiaoming} (no comma:
 * both orders); {@code Xiaoming, Wang} (publisher inverted the parts: read swapped too).
 */
public final class AuthorNameReader {

  /** All readings of the name, strongest first; empty for a name it cannot read. */
  public List<NameReading> read(String printed) {
    List<NameReading> out = new ArrayList<>();
    if (printed == null || printed.isBlank()) {
      return out;
    }
    if (NameText.hasHan(printed)) {
      String han = NameText.hanOnly(printed);
      out.add(new NameReading(NameStrength.HANZI.key(han, ""), NameStrength.HANZI, false, han));
      return out;
    }
    String name = printed.strip();
    int comma = name.indexOf(',');
    if (comma >= 0) {
      String family = name.substring(0, comma);
      String given = name.substring(comma + 1);
      addReadings(out, family, given, false);
      if (!looksLikeInitials(given)) {
        addReadings(out, given, family, true);
      }
    } else {
      String[] words = name.split("\\s+");
      if (words.length >= 2) {
        String last = words[words.length - 1];
        String rest = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        String first = words[0];
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        if (looksLikeInitials(last)) {
          addReadings(out, rest, last, false); // "Wang XM", "Zhang S"
        } else {
          addReadings(out, first, tail, false); // "Wang Xiaoming"
          addReadings(out, last, rest, false); // "Xiaoming Wang", "John Smith"
        }
      }
    }
    // Deduplicate by key keeping the first (unswapped) reading.
    Set<String> seen = new LinkedHashSet<>();
    List<NameReading> unique = new ArrayList<>();
    for (NameReading r : out) {
      if (seen.add(r.key())) {
        unique.add(r);
      }
    }
    unique.sort(java.util.Comparator.comparingDouble((NameReading r) -> -r.strength().weight())
        .thenComparing(NameReading::swapped));
    return unique;
  }

  private static void addReadings(List<NameReading> out, String family, String given,
      boolean swapped) {
    String familyKey = NameText.letters(family);
    if (familyKey.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (String part : NameText.fold(given).split("[\\s\\-‐'’.]+")) {
      String letters = NameText.letters(part);
      if (!letters.isEmpty()) {
        parts.add(letters);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    if (looksLikeInitials(given)) {
      String ini = String.join("", parts);
      if (ini.length() >= 2) {
        out.add(new NameReading(NameStrength.INITIALS.key(familyKey, ini), NameStrength.INITIALS,
            swapped, familyKey));
      }
      out.add(new NameReading(NameStrength.INITIAL.key(familyKey, ini.substring(0, 1)),
          NameStrength.INITIAL, swapped, familyKey));
      return;
    }
    out.add(new NameReading(NameStrength.FULL.key(familyKey, String.join("", parts)),
        NameStrength.FULL, swapped, familyKey));
  }

  /**
   * {@code XM}, {@code X.-M.}, {@code X. M.}, {@code X}: every part is one letter, or the whole is
   * two or three capitals (WoS AU style, also in old upper-case records).
   */
  static boolean looksLikeInitials(String given) {
    String g = given.strip();
    if (g.isEmpty()) {
      return false;
    }
    boolean allSingle = true;
    for (String part : g.split("[\\s\\-‐.]+")) {
      if (part.length() > 1) {
        allSingle = false;
        break;
      }
    }
    if (allSingle) {
      return true;
    }
    String letters = g.replaceAll("[^\\p{L}]", "");
    return letters.length() <= 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
        && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
  }
}
