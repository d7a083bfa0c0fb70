package org.acta.matching.normalize;

import java.util.Locale;

/**
 * Page ranges as the sources print them: {@code 112-120}, {@code 112 - 120}, CNKI
 * {@code 45-52+60} (continued on page 60), {@code 107936-} (an article number written as pages),
 * or an article number alone.
 *
 * @param first the first page, upper-case alphanumerics without leading zeros, or null
 * @param last the last page, or null
 */
public record Pages(String first, String last) {
  public static final Pages NONE = new Pages(null, null);

  /** Parses a start page, end page and raw range; the separate fields win over the range. */
  public static Pages of(String pageStart, String pageEnd, String pagesRaw) {
    String first = token(pageStart);
    String last = token(pageEnd);
    if (first == null && pagesRaw != null) {
      String raw = TextFolder.stripMarkup(pagesRaw).replace('\u2013', '-').replace('\u2014', '-')
          .replace('\u2010', '-').replace('\u2212', '-').replace('\uFF0D', '-');
      int plus = raw.indexOf('+');
      String head = plus >= 0 ? raw.substring(0, plus) : raw;
      int dash = head.indexOf('-');
      if (dash >= 0) {
        first = token(head.substring(0, dash));
        if (last == null) {
          last = token(head.substring(dash + 1));
        }
      } else {
        first = token(head);
      }
    }
    if (first == null && last == null) {
      return NONE;
    }
    return new Pages(first, last);
  }

  /** An article number in the same form as a page, or null. */
  public static String articleNumber(String raw) {
    return token(raw);
  }

  private static String token(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && c != ' ') {
        break;
      }
    }
    String s = b.toString().toUpperCase(Locale.ROOT);
    int z = 0;
    while (z < s.length() - 1 && s.charAt(z) == '0') {
      z++;
    }
    s = s.substring(z);
    return s.isEmpty() || s.equals("0") ? null : s;
  }
}
