package org.acta.matching.normalize;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.matching.model.Author;

/**
 * Author name keys ({@code family|initial}) that are equal for the forms one person's name takes
 * across sources: {@code Zhang, San}, {@code Zhang, S.}, {@code Zhang S}, {@code San Zhang},
 * {@code 张三} (romanised with ICU's {@code Han-Latin/Names}, which reads polyphonic surnames as
 * surnames), WoS reversed order ({@code San, Zhang}) and diacritics ({@code Müller}/{@code
 * Muller}).
 *
 * <p>Every plausible reading of the name gives a key, so two authors match when they share one.
 */
public final class PersonNameKeys {
  /** One shared instance used under its lock: building one parses its rules (seconds for Han). */
  private static final Transliterator HAN_NAMES = Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Lower");
  /** Romanising Han is slow (~100 µs); Chinese names repeat a lot, so cache them. */
  private static final Map<String, String> ROMANISED = new ConcurrentHashMap<>();

  private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s·•・]");
  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s.]+");

  private PersonNameKeys() {}

  /** Keys of every name form of an author. */
  public static Set<String> of(Author a) {
    Set<String> keys = new LinkedHashSet<>(4);
    for (String form : a.nameForms()) {
      addKeys(form, keys);
    }
    return keys;
  }

  /** Keys of one printed name. */
  public static Set<String> of(String name) {
    Set<String> keys = new LinkedHashSet<>(4);
    addKeys(name, keys);
    return keys;
  }

  private static void addKeys(String name, Set<String> keys) {
    if (name == null || name.isBlank()) {
      return;
    }
    String raw = TextFolder.stripMarkup(name).trim();
    if (TextFolder.isMostlyHan(raw)) {
      addHanKeys(raw, keys);
      return;
    }
    int comma = raw.indexOf(',');
    if (comma > 0) {
      String family = raw.substring(0, comma);
      String given = raw.substring(comma + 1);
      add(family, given, keys);
      add(given, family, keys); // WoS sometimes prints Chinese names reversed: "Xiaoming, Wang"
      return;
    }
    List<String> parts = words(raw);
    if (parts.isEmpty()) {
      return;
    }
    if (parts.size() == 1) {
      keys.add(compactLetters(parts.get(0)) + "|");
      return;
    }
    if (parts.stream().allMatch(w -> compactLetters(w).length() <= 1)) {
      return; // "P. E.": initials a parser cut from their family name name no one
    }
    String last = parts.get(parts.size() - 1);
    String firstWord = parts.get(0);
    if (isInitials(last)) {
      // "Zhang SF", "Poosala V", "Fahlman S. E.": family name first, initials last (one word
      // or several: every trailing initial belongs to the given names)
      int family = parts.size() - 1;
      while (family > 1 && isInitials(parts.get(family - 1))) {
        family--;
      }
      add(String.join(" ", parts.subList(0, family)), parts.get(family), keys);
    } else {
      // "Hans-Peter Müller", "Viswanath Poosala": Western order; also read as "Zhang San" order
      add(last, firstWord, keys);
      add(firstWord, String.join(" ", parts.subList(1, parts.size())), keys);
    }
  }

  private static void addHanKeys(String raw, Set<String> keys) {
    String han = NAME_SEPARATORS.matcher(raw).replaceAll("");
    String latin = ROMANISED.computeIfAbsent(han, h -> translitHANNAMES(h));
    List<String> syl = words(latin);
    if (syl.size() < 2) {
      if (!syl.isEmpty()) {
        keys.add(syl.get(0) + "|");
      }
      return;
    }
    keys.add(syl.get(0) + "|" + syl.get(1).charAt(0));
    if (syl.size() >= 3) {
      // compound surname (欧阳, 司马) or a two-syllable given name: both readings
      keys.add(syl.get(0) + syl.get(1) + "|" + syl.get(2).charAt(0));
    }
  }

  private static void add(String family, String given, Set<String> keys) {
    String f = compactLetters(family);
    String g = compactLetters(given);
    if (f.isEmpty()) {
      return;
    }
    keys.add(f + "|" + (g.isEmpty() ? "" : String.valueOf(g.charAt(0))));
  }

  private static boolean isInitials(String w) {
    String letters = w.replace(".", "").replace("-", "");
    if (letters.isEmpty() || letters.length() > 3) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAK.split(s.trim())) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Folded letters only: "Müller" → "muller", "O'Neil" → "oneil", "Hans-Peter" → "hanspeter". */
  static String compactLetters(String s) {
    if (TextFolder.isAscii(s)) {
      // fast path for the common case: ASCII letters lower-cased, everything else dropped
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 'a' && c <= 'z') {
          b.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          b.append((char) (c + 32));
        }
      }
      return b.toString();
    }
    String folded = TextFolder.fold(s);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetter(c) && UScript.getScript(c) != UScript.HAN) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String translitHANNAMES(String s) {
    synchronized (HAN_NAMES) {
      return HAN_NAMES.transliterate(s);
    }
  }
}
