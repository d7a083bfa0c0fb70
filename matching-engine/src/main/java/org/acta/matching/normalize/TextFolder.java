package org.acta.matching.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Folds free text (titles, journal names) to the form that deduplication compares: markup and
 * entities removed, NFKC, Greek letters spelled out ({@code α → alpha}), dashes folded, case and
 * diacritics folded, punctuation turned into single spaces.
 *
 * <p>Stateless and thread-safe. The Latin fast path avoids ICU transliteration for plain ASCII
 * text, which is most titles, because folding runs once per record on millions of records.
 */
public final class TextFolder {

  private static final Pattern TAG = Pattern.compile("<[^<>]{1,80}>");
  /** CNKI sub/superscript markup: {@code _(50)}, {@code ~(2+)}, {@code _2}, {@code ~2}. */
  private static final Pattern CNKI_GROUP = Pattern.compile("[_~]\\(([^()]{1,12})\\)");
  private static final Pattern CNKI_SINGLE = Pattern.compile("(?<=[\\p{L}\\p{N})\\]])[_~]([\\p{Alnum}+\\-])");
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  /** One shared instance used under its lock: building one parses its rules (seconds for Han). */
  private static final Transliterator STRIP_MARKS = Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");

  private TextFolder() {}

  /**
   * Removes markup a source leaves in text: HTML/XML tags ({@code <inf>}, {@code <sup>}), HTML
   * entities ({@code &alpha;}, {@code &amp;}) and CNKI sub/superscript markers. Case and
   * characters are otherwise kept.
   */
  public static String stripMarkup(String s) {
    if (s == null) {
      return null;
    }
    String out = s;
    if (out.indexOf('&') >= 0) {
      out = StringEscapeUtils.unescapeHtml4(out);
    }
    if (out.indexOf('<') >= 0) {
      out = TAG.matcher(out).replaceAll("");
    }
    if (out.indexOf('_') >= 0 || out.indexOf('~') >= 0) {
      out = CNKI_GROUP.matcher(out).replaceAll("$1");
      out = CNKI_SINGLE.matcher(out).replaceAll("$1");
    }
    return out;
  }

  /**
   * The folded form: lower-case ASCII-folded words and Han characters separated by single spaces.
   * Returns "" for null or blank input.
   */
  public static String fold(String s) {
    if (s == null || s.isBlank()) {
      return "";
    }
    String t = stripMarkup(s);
    boolean ascii = isAscii(t);
    if (!ascii) {
      t = NFKC_CASEFOLD.normalize(t);
      t = spellOutGreek(t);
      t = foldMarks(t);
    }
    return wordsOf(t);
  }

  /** Alphanumerics only, no spaces: the key that ignores punctuation and spacing differences. */
  public static String compact(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != ' ') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether the text is written mainly in Han characters (a Chinese title). */
  public static boolean isMostlyHan(String s) {
    if (s == null || isAscii(s)) {
      return false;
    }
    int han = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (UScript.getScript(cp) == UScript.HAN) {
          han++;
        }
      }
    }
    return han > 0 && han * 3 >= letters;
  }

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /**
   * Drops combining marks (é → e) by canonical decomposition; letters that do not decompose
   * (ø, ł, æ, đ) go through ICU's Latin-ASCII, which is slow, so only when they occur.
   */
  static String foldMarks(String s) {
    String d = NFD.normalize(s);
    StringBuilder b = new StringBuilder(d.length());
    boolean otherLatin = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c >= 0x80 && c < 0x2000 && Character.isLetter(c) && UScript.getScript(c) == UScript.LATIN) {
        otherLatin = true;
      }
      b.append(c);
    }
    return otherLatin ? translitSTRIPMARKS(b.toString()) : b.toString();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replaces each Greek letter with its name from the Unicode character database ("GREEK SMALL
   * LETTER ALPHA" → "alpha"), as WoS spells them, so no letter table is kept here.
   */
  static String spellOutGreek(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (UScript.getScript(cp) == UScript.GREEK && UCharacter.isLetter(cp)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        String name = UCharacter.getName(cp);
        String letter = name == null ? "" : name.substring(name.lastIndexOf(' ') + 1);
        b.append(letter.toLowerCase(java.util.Locale.ROOT));
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  /** Lower-cases, keeps letters and digits, turns every run of anything else into one space. */
  private static String wordsOf(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        // ASCII fast path: most titles and names
        if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
          b.append((char) cp);
          space = false;
        } else if (cp >= 'A' && cp <= 'Z') {
          b.append((char) (cp + 32));
          space = false;
        } else if (!space) {
          b.append(' ');
          space = true;
        }
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (UScript.getScript(cp) == UScript.HAN && !space) {
          // Han characters are words of their own: tokenising them one by one lets two Chinese
          // titles be compared token-wise without a word segmenter.
          b.append(' ');
        }
        b.appendCodePoint(Character.toLowerCase(cp));
        space = UScript.getScript(cp) == UScript.HAN;
        if (space) {
          b.append(' ');
        }
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    return b.substring(0, end);
  }

  private static String translitSTRIPMARKS(String s) {
    synchronized (STRIP_MARKS) {
      return STRIP_MARKS.transliterate(s);
    }
  }
}
