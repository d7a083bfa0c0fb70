package org.acta.matching.dedup.score;

/**
 * The compared fields and their levels of agreement. Level 0 always means "cannot be compared"
 * (missing on one side) and carries no weight; level 1 is the strongest agreement.
 */
public enum Field {
  DOI("DOI", "same DOI", "different DOIs"),
  TITLE("title", "titles equal", "very similar titles", "similar titles", "somewhat similar titles",
      "different titles", "same generic title"),
  CROSS_TITLE("other-language title", "one record's translated title equals the other's title",
      "translated title differs"),
  YEAR("year", "same year", "years one apart (early access / online first)", "different years"),
  VENUE("journal or proceedings", "same ISSN/CN", "same journal name", "different journals"),
  VOLUME("volume", "same volume", "different volumes"),
  ISSUE("issue", "same issue", "different issues"),
  PAGES("pages", "same pages", "different pages"),
  AUTHORS("authors", "same authors", "most authors shared", "some authors shared",
      "no author in common");

  private final String label;
  private final String[] levelWords;

  Field(String label, String... levelWords) {
    this.label = label;
    this.levelWords = levelWords;
  }

  /** Number of levels including level 0. */
  public int levels() {
    return levelWords.length + 1;
  }

  public String label() {
    return label;
  }

  /** A level in words ("same DOI"); level 0 is "<label> not comparable". */
  public String describe(int level) {
    return level == 0 ? label + " not comparable" : levelWords[level - 1];
  }

  static final Field[] ALL = values();
}
