package org.acta.matching.normalize;

/** ISSN normalisation to {@code NNNN-NNNC}, checked with the ISSN mod-11 check digit. */
public final class Issn {
  private Issn() {}

  /** The ISSN as {@code NNNN-NNNC}, or null when the text is not a valid ISSN. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder d = new StringBuilder(8);
    for (int i = 0; i < raw.length() && d.length() < 9; i++) {
      char c = Character.toUpperCase(raw.charAt(i));
      if (c >= '0' && c <= '9' || c == 'X') {
        d.append(c);
      } else if (c != '-' && c != ' ' && c != '\u2010' && c != '\u2013' && d.length() > 0) {
        break;
      }
    }
    if (d.length() != 8 || !checkDigitValid(d)) {
      return null;
    }
    return d.substring(0, 4) + "-" + d.substring(4);
  }

  static boolean checkDigitValid(CharSequence d) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      char c = d.charAt(i);
      if (c == 'X') {
        return false;
      }
      sum += (c - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    char last = d.charAt(7);
    return check == 10 ? last == 'X' : last == (char) ('0' + check);
  }
}
