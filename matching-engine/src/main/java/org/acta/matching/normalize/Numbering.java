package org.acta.matching.normalize;

import java.util.Locale;

/**
 * Volume and issue numbers compared as numbers where they are numbers ({@code 05} = {@code 5}),
 * otherwise as folded text ({@code S1}, {@code 3-4}).
 */
public final class Numbering {
  private Numbering() {}

  /** The normalised volume or issue, or null when absent. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      } else if (c == '-' || c == '/' || c == '\u2013') {
        b.append('-');
      }
    }
    String t = b.toString();
    int z = 0;
    while (z < t.length() - 1 && t.charAt(z) == '0' && Character.isDigit(t.charAt(z + 1))) {
      z++;
    }
    t = t.substring(z).toUpperCase(Locale.ROOT);
    return t.isEmpty() || t.equals("0") ? null : t;
  }
}
