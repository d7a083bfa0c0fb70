package org.acta.matching.attribution.affiliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acta.matching.attribution.name.NameText;

/** Splitting Latin affiliation text into comparable word tokens. */
final class Tokens {
  /** Words that carry no identity in organisation names (several languages). */
  static final Set<String> STOPWORDS = Set.of("of", "and", "the", "for", "in", "at", "on", "de",
      "des", "du", "la", "le", "et", "y", "und", "fur", "der", "di", "del", "da");

  private Tokens() {}

  /** Folded, lower-case word tokens without stopwords; {@code &} counts as "and". */
  static List<String> of(String text) {
    String f = NameText.fold(text).replace("&", " and ");
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= f.length(); i++) {
      char c = i < f.length() ? f.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        cur.append(c);
      } else if (c == '\'' || c == '’') {
        continue; // "Xi'an" → "xian"
      } else if (cur.length() > 0) {
        String t = cur.toString();
        if (!STOPWORDS.contains(t)) {
          out.add(t);
        }
        cur.setLength(0);
      }
    }
    return out;
  }

  static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return !token.isEmpty();
  }

  /** Postcodes with letters ("S-10044", "CB2 1TN") still contain digits. */
  static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
