package org.acta.harvest.parse.wos;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for WoS author names (formats.md §2.5–§2.7): {@code AU} keeps diacritics while
 * {@code AF}, {@code C1} brackets and {@code OI} are usually ASCII-folded, so names are compared
 * on folded, lower-cased, period- and space-normalised keys; surname + initials is the fallback.
 */
final class WosNames {
  private WosNames() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INITIALS_ONLY = Pattern.compile("[A-Z]{1,5}");
  private static final Pattern GIVEN_SPLIT = Pattern.compile("[\\s.\\-‐']+");

  /** Case- and space-normalised, diacritics kept: for AU ↔ RP comparison. */
  static String exactKey(String name) {
    // A hand loop rather than regular expressions: this runs for every name of every record.
    StringBuilder sb = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.' || Character.isWhitespace(c)) {
        pendingSpace = sb.length() > 0;
      } else if (c == ',') {
        sb.append(',');
        pendingSpace = true;
      } else {
        if (pendingSpace) {
          if (sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
          }
          pendingSpace = false;
        }
        sb.append(Character.toLowerCase(c));
      }
    }
    // "a , b" → "a, b"
    for (int i = sb.indexOf(" ,"); i >= 0; i = sb.indexOf(" ,")) {
      sb.deleteCharAt(i);
    }
    return sb.toString();
  }

  /** Diacritics folded as well ({@code Müller} = {@code Muller}). */
  static String foldedKey(String name) {
    return exactKey(isAscii(name) ? name : fold(name));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    d = MARKS.matcher(d).replaceAll("");
    // Letters that do not decompose.
    return d.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
        .replace("ß", "ss").replace('đ', 'd').replace('Đ', 'D').replace("æ", "ae")
        .replace("Æ", "AE").replace('ı', 'i');
  }

  /** Folded surname (text before the first comma). */
  static String surname(String name) {
    int comma = name.indexOf(',');
    String s = comma < 0 ? name : name.substring(0, comma);
    return foldedKey(s);
  }

  /**
   * Initials, lower case: {@code Wang, XM} → {@code xm}; {@code Wang, Xiao-Ming} → {@code xm};
   * {@code Okafor, Chinedu N.} → {@code cn}.
   */
  static String initials(String name) {
    int comma = name.indexOf(',');
    if (comma < 0) {
      return "";
    }
    String given = fold(name.substring(comma + 1)).strip();
    if (INITIALS_ONLY.matcher(given).matches()) {
      return given.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    for (String part : GIVEN_SPLIT.split(given)) {
      if (!part.isEmpty()) {
        sb.append(Character.toLowerCase(part.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** {@code [folded surname, initials]} of a name, for {@link #compatible(String[], String[])}. */
  static String[] parts(String name) {
    return new String[] {surname(name), initials(name)};
  }

  /**
   * Same surname and compatible initials: the first initials agree and one initials string is
   * a prefix of the other ({@code Zhang, Yuchong} gives {@code y}, WoS prints {@code Zhang, YC}).
   */
  static boolean compatible(String a, String b) {
    return compatible(parts(a), parts(b));
  }

  static boolean compatible(String[] a, String[] b) {
    if (!a[0].equals(b[0])) {
      return false;
    }
    String ia = a[1];
    String ib = b[1];
    if (ia.isEmpty() || ib.isEmpty()) {
      return ia.isEmpty() && ib.isEmpty();
    }
    return ia.startsWith(ib) || ib.startsWith(ia);
  }

  /**
   * Same given names, and one surname is the other plus more words: {@code Jornet Montana, Josep
   * Miquel} (an ORCID profile) and {@code Jornet, Josep Miquel} (the byline).
   */
  static boolean sameGivenCompoundSurname(String a, String b) {
    int ca = a.indexOf(',');
    int cb = b.indexOf(',');
    if (ca < 0 || cb < 0) {
      return false;
    }
    if (!foldedKey(a.substring(ca + 1)).equals(foldedKey(b.substring(cb + 1)))) {
      return false;
    }
    String sa = surname(a).replace('-', ' ');
    String sb = surname(b).replace('-', ' ');
    return sa.startsWith(sb + " ") || sb.startsWith(sa + " ") || sa.equals(sb);
  }
}
