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
  private static final java.util.regex.Pattern PARTS =
      java.util.regex.Pattern.compile("[\\s\\-‐'’.]+");
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern INITIAL_PARTS =
      java.util.regex.Pattern.compile("[\\s\\-‐.]+");
  private static final int CACHE_LIMIT = 200_000;
  /** Printed names repeat across records and files; reading them is pure, so cache it. */
  private static final java.util.Map<String, List<NameReading>> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** All readings of the name, strongest first; empty for a name it cannot read. */
  public List<NameReading> read(String printed) {
    if (printed == null) {
      return List.of();
    }
    List<NameReading> cached = CACHE.get(printed);
    if (cached != null) {
      return cached;
    }
    List<NameReading> result = List.copyOf(compute(printed));
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(printed, result);
    return result;
  }

  private List<NameReading> compute(String printed) {
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
      String[] words = WORDS.split(name);
      if (words.length == 1) {
        // "RuiChen": a database dropped the space; capitals still mark the parts.
        words = name.split("(?<=\\p{Ll})(?=\\p{Lu})");
      }
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
    for (String part : PARTS.split(NameText.fold(given))) {
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
    if (parts.size() >= 2 && parts.get(0).length() > 1
        && parts.subList(1, parts.size()).stream().allMatch(x -> x.length() == 1)) {
      // "Smith, John A.": the middle initial is often missing elsewhere.
      out.add(new NameReading(NameStrength.FULL.key(familyKey, parts.get(0)), NameStrength.FULL,
          swapped, familyKey));
    }
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
    for (String part : INITIAL_PARTS.split(g)) {
      if (part.length() > 1) {
        allSingle = false;
        break;
      }
    }
    if (allSingle) {
      return true;
    }
    StringBuilder lb = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      if (Character.isLetter(g.charAt(i))) {
        lb.append(g.charAt(i));
      }
    }
    String letters = lb.toString();
    return letters.length() <= 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
        && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
  }
}
