package org.acta.matching.explain;

/**
 * How the items of a list argument are joined. {@link #AND} follows each language's own rules
 * (ICU {@code ListFormatter}: "a, b and c", "a、b和c"); the others are separators from the
 * message bundles, so a Chinese sentence gets Chinese punctuation.
 */
public enum ListStyle {
  /** "ISSN/CN, year and pages". */
  AND("list.and"),
  /** "Greek letters spelled out, case ignored". */
  COMMA("list.comma"),
  /** Whole statements: "same DOI; titles identical". */
  SEMICOLON("list.semicolon"),
  /** Alternatives: "U101/U102". */
  SLASH("list.slash");

  private final String code;

  ListStyle(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static ListStyle ofCode(String code) {
    for (ListStyle s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    return null;
  }
}
