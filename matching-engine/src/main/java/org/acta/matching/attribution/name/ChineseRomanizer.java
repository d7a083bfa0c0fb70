package org.acta.matching.attribution.name;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinyin readings of Chinese names. Given-name characters are read with ICU4J {@code Han-Latin};
 * surnames with {@code Han-Latin/Names}, overridden by a small data file ({@code surnames.txt})
 * that lists surnames read differently from the character's common reading (曾 Zeng, 单 Shan) and
 * the compound surnames (欧阳 Ouyang). Readings are returned as matching keys: lower case, no tone
 * marks, and ü in the three spellings publishers use ({@code lv}, {@code lu}, {@code lyu}).
 *
 * <p>Thread-safe: ICU transliterators are used under a lock, results are cached per character, so a
 * dictionary of 200,000 names costs a few thousand transliterations.
 */
public final class ChineseRomanizer {
  private static final String RESOURCE = "surnames.txt";

  private final Map<String, List<String>> surnameReadings;
  private final int longestSurname;
  private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin");
  private final Transliterator hanLatinNames = Transliterator.getInstance("Han-Latin/Names");
  private final Map<Integer, List<String>> charCache = new ConcurrentHashMap<>();
  private final Map<Integer, List<String>> surnameCache = new ConcurrentHashMap<>();

  private ChineseRomanizer(Map<String, List<String>> surnameReadings) {
    this.surnameReadings = Map.copyOf(surnameReadings);
    this.longestSurname =
        surnameReadings.keySet().stream().mapToInt(String::length).max().orElse(1);
  }

  /** The romanizer with the surname data file shipped in the engine. */
  public static ChineseRomanizer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ChineseRomanizer STANDARD = new ChineseRomanizer(loadSurnames());
  }

  private static Map<String, List<String>> loadSurnames() {
    Map<String, List<String>> map = new HashMap<>();
    try (InputStream in = ChineseRomanizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        List<String> readings = new ArrayList<>();
        for (String reading : parts[1].split("\\|")) {
          readings.addAll(uVariants(reading.strip()));
        }
        map.put(parts[0], List.copyOf(new LinkedHashSet<>(readings)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }

  /** Splits a Chinese name into surname and given name (compound surnames from the data file). */
  public SplitName split(String hanziName) {
    String name = NameText.hanOnly(hanziName);
    if (name.codePointCount(0, name.length()) < 2) {
      return new SplitName(name, "");
    }
    // A compound surname only when enough characters remain for a given name.
    for (int len = Math.min(longestSurname, name.length() - 1); len >= 2; len--) {
      String head = name.substring(0, len);
      if (surnameReadings.containsKey(head)) {
        return new SplitName(head, name.substring(len));
      }
    }
    int first = Character.charCount(name.codePointAt(0));
    return new SplitName(name.substring(0, first), name.substring(first));
  }

  /** Readings of a surname (one or more characters), as keys: {@code 曾} → [zeng]. */
  public List<String> surnameReadings(String surname) {
    List<String> listed = surnameReadings.get(surname);
    if (listed != null) {
      return listed;
    }
    if (surname.codePointCount(0, surname.length()) == 1) {
      return surnameCache.computeIfAbsent(surname.codePointAt(0), cp -> {
        Set<String> out = new LinkedHashSet<>(readWith(hanLatinNames, cp));
        out.addAll(readWith(hanLatin, cp));
        return List.copyOf(out);
      });
    }
    return combine(surname, 4);
  }

  /** Readings of a given name: the product of its characters' readings (capped). */
  public List<String> givenReadings(String given) {
    return combine(given, 8);
  }

  /** Per-character readings of a given name, e.g. 小明 → [[xiao], [ming]]. */
  public List<List<String>> syllables(String given) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < given.length(); ) {
      int cp = given.codePointAt(i);
      out.add(charReadings(cp));
      i += Character.charCount(cp);
    }
    return out;
  }

  private List<String> combine(String chars, int cap) {
    List<String> acc = List.of("");
    for (List<String> readings : syllables(chars)) {
      List<String> next = new ArrayList<>();
      for (String prefix : acc) {
        for (String r : readings) {
          if (next.size() < cap) {
            next.add(prefix + r);
          }
        }
      }
      acc = next;
    }
    return acc;
  }

  /** Readings of one character as keys (usually one; ü gives three spellings). */
  public List<String> charReadings(int codePoint) {
    return charCache.computeIfAbsent(codePoint, cp -> readWith(hanLatin, cp));
  }

  private List<String> readWith(Transliterator t, int cp) {
    String latin;
    synchronized (t) {
      latin = t.transliterate(new String(Character.toChars(cp)));
    }
    return uVariants(latin);
  }

  /** Tone marks removed; ü spelled v, u and yu, as publishers do (吕 Lv, Lu, Lyu). */
  static List<String> uVariants(String reading) {
    String d = com.ibm.icu.text.Normalizer2.getNFDInstance()
        .normalize(reading.toLowerCase(java.util.Locale.ROOT));
    StringBuilder b = new StringBuilder(d.length());
    boolean umlaut = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '\u0308' && b.length() > 0 && b.charAt(b.length() - 1) == 'u') {
        b.setCharAt(b.length() - 1, '\u0001');
        umlaut = true;
      } else if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    String s = b.toString();
    if (!umlaut) {
      return List.of(s);
    }
    return List.of(s.replace("\u0001", "v"), s.replace("\u0001", "u"), s.replace("\u0001", "yu"));
  }

  /** A Chinese name split into surname and given name, both in Han characters. */
  public record SplitName(String surname, String given) {}
}
