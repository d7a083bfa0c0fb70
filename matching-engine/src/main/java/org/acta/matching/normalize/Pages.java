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

  /**
   * The first page-like token: digits with an adjacent letter prefix or suffix kept ({@code S12},
   * {@code e0123}, {@code 12A}); words before it ({@code pp.}, {@code p}) are skipped.
   */
  private static String token(String raw) {
    if (raw == null) {
      return null;
    }
    int d = 0;
    while (d < raw.length() && !Character.isDigit(raw.charAt(d))) {
      d++;
    }
    if (d == raw.length()) {
      return null;
    }
    int start = d;
    while (start > 0 && start > d - 2 && Character.isLetter(raw.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && Character.isLetter(raw.charAt(start - 1))) {
      start = d; // a longer word before the digits ("pp12" is rare; "page12" is a word)
    }
    int end = d;
    while (end < raw.length() && Character.isLetterOrDigit(raw.charAt(end))) {
      end++;
    }
    String s = raw.substring(start, end).toUpperCase(Locale.ROOT);
    if (start == d || !s.startsWith("PP")) {
      // keep as is
    } else {
      s = s.substring(2);
    }
    int z = 0;
    while (z < s.length() - 1 && s.charAt(z) == '0') {
      z++;
    }
    s = s.substring(z);
    return s.isEmpty() || s.equals("0") ? null : s;
  }
}
