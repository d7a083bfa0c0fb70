package org.acta.matching.attribution.name;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/** Small text helpers shared by the name code: Han detection and folding to matching keys. */
public final class NameText {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private NameText() {}

  /** True when the text contains at least one Han character. */
  public static boolean hasHan(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (UScript.getScript(cp) == UScript.HAN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Only the Han characters of the text (drops spaces, the {@code ·} of transliterated names…). */
  public static String hanOnly(String s) {
    StringBuilder b = new StringBuilder();
    String n = NFKC.normalize(s);
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      if (UScript.getScript(cp) == UScript.HAN) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /**
   * NFKC, diacritics removed, lower case: {@code Müller} → {@code muller}. Keeps separators so
   * that callers can still split.
   */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    if (isPlainAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // the common case, without normalisation
    }
    String d = NFD.normalize(NFKC.normalize(s));
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      if (UCharacter.getType(cp) != UCharacter.NON_SPACING_MARK) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Only the letters a-z of the folded text: the comparison key of a name part. */
  public static String letters(String s) {
    String f = fold(s);
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (c == 'ø') {
        b.append('o');
      } else if (c == 'ß') {
        b.append("ss");
      } else if (c == 'æ') {
        b.append("ae");
      } else if (c == 'ł') {
        b.append('l');
      }
    }
    return b.toString();
  }
}
