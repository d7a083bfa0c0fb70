package org.acta.matching.attribution.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index keys of a person of the dictionary, from the Chinese name (read with
 * {@link ChineseRomanizer}) and the romanised or Western name HR holds. A Chinese name gives keys
 * for every surname reading × given-name reading, plus the name as HR spells it (which covers
 * Hong Kong / Taiwan spellings such as {@code Chang Wei-Ming}); a Western name gives its surname
 * (last word) with the given names and their initials.
 */
public final class PersonNameKeys {
  private final ChineseRomanizer romanizer;

  public PersonNameKeys(ChineseRomanizer romanizer) {
    this.romanizer = romanizer;
  }

  /** All keys of the person, strongest kinds first. */
  public Set<String> keys(String nameZh, String nameEn) {
    Set<String> keys = new LinkedHashSet<>();
    boolean chinese = isChineseName(nameZh);
    if (chinese) {
      addChinese(keys, NameText.hanOnly(nameZh), nameEn);
    } else if (nameZh != null && NameText.hasHan(nameZh)) {
      keys.add(NameStrength.HANZI.key(NameText.hanOnly(nameZh), ""));
    }
    if (nameEn != null && !nameEn.isBlank()) {
      if (chinese) {
        addRomanised(keys, nameEn, !surnameLast(NameText.hanOnly(nameZh), nameEn));
      } else {
        addRomanised(keys, nameEn, false);
        if (nameZh == null || nameZh.isBlank()) {
          // Without Chinese characters the order of an HR name such as "Wang Xiaoming" is unknown.
          addRomanised(keys, nameEn, true);
        }
      }
    }
    return keys;
  }

  /**
   * Whether an HR romanisation of a Chinese name puts the surname last ("Xiaoming Wang"): its
   * last word, not its first, is a reading of the surname characters.
   */
  private boolean surnameLast(String han, String nameEn) {
    if (nameEn.contains(",")) {
      return false;
    }
    String[] words = nameEn.strip().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    List<String> readings = romanizer.surnameReadings(romanizer.split(han).surname());
    String first = NameText.letters(words[0]);
    String last = NameText.letters(words[words.length - 1]);
    return !readings.contains(first) && readings.contains(last);
  }

  /** A name of 2-4 Han characters without the middle dot of transliterated foreign names. */
  public static boolean isChineseName(String nameZh) {
    if (nameZh == null || nameZh.isBlank() || nameZh.contains("·") || nameZh.contains("•")) {
      return false;
    }
    String han = NameText.hanOnly(nameZh);
    int n = han.codePointCount(0, han.length());
    return n >= 2 && n <= 4 && han.length() == nameZh.strip().length();
  }

  private void addChinese(Set<String> keys, String han, String nameEn) {
    keys.add(NameStrength.HANZI.key(han, ""));
    ChineseRomanizer.SplitName split = romanizer.split(han);
    List<String> families = romanizer.surnameReadings(split.surname());
    List<List<String>> syllables = romanizer.syllables(split.given());
    List<String> givens = romanizer.givenReadings(split.given());
    for (String family : families) {
      for (String given : givens) {
        keys.add(NameStrength.FULL.key(family, given));
      }
      addInitials(keys, family, syllables);
    }
  }

  private static void addInitials(Set<String> keys, String family, List<List<String>> syllables) {
    if (syllables.isEmpty()) {
      return;
    }
    List<String> initials = List.of("");
    for (List<String> readings : syllables) {
      Set<Character> firsts = new LinkedHashSet<>();
      for (String r : readings) {
        if (!r.isEmpty()) {
          firsts.add(r.charAt(0));
        }
      }
      List<String> next = new ArrayList<>();
      for (String prefix : initials) {
        for (char c : firsts) {
          next.add(prefix + c);
        }
      }
      initials = next;
    }
    for (String ini : initials) {
      if (ini.isEmpty()) {
        continue;
      }
      if (ini.length() >= 2) {
        keys.add(NameStrength.INITIALS.key(family, ini));
      }
      keys.add(NameStrength.INITIAL.key(family, ini.substring(0, 1)));
    }
  }

  /**
   * Keys of a romanised name. {@code familyFirst}: "Wang Xiaoming", "Chang Wei-Ming"; otherwise
   * the last word is the surname: "Hans-Peter Müller". A comma always marks the surname.
   */
  private static void addRomanised(Set<String> keys, String name, boolean familyFirst) {
    String family;
    String given;
    int comma = name.indexOf(',');
    if (comma >= 0) {
      family = name.substring(0, comma);
      given = name.substring(comma + 1);
    } else {
      String[] words = name.strip().split("\\s+");
      if (words.length < 2) {
        return;
      }
      if (familyFirst) {
        family = words[0];
        given = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
      } else {
        family = words[words.length - 1];
        given = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        if (words.length >= 3) {
          // Two-word surnames (Fernández López) and middle names (John Paul Smith → Smith, John).
          addParts(keys, words[words.length - 2] + " " + words[words.length - 1],
              String.join(" ", java.util.Arrays.copyOf(words, words.length - 2)));
          addParts(keys, family, words[0]);
        }
      }
    }
    addParts(keys, family, given);
  }

  private static void addParts(Set<String> keys, String family, String given) {
    String familyKey = NameText.letters(family);
    String givenKey = NameText.letters(given);
    if (familyKey.isEmpty() || givenKey.isEmpty()) {
      return;
    }
    keys.add(NameStrength.FULL.key(familyKey, givenKey));
    StringBuilder ini = new StringBuilder();
    for (String part : NameText.fold(given).split("[\\s\\-‐'’.]+")) {
      String letters = NameText.letters(part);
      if (!letters.isEmpty()) {
        ini.append(letters.charAt(0));
      }
    }
    if (ini.length() >= 2) {
      keys.add(NameStrength.INITIALS.key(familyKey, ini.toString()));
    }
    keys.add(NameStrength.INITIAL.key(familyKey, givenKey.substring(0, 1)));
  }
}
