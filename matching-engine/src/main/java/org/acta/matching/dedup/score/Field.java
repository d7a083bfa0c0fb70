package org.acta.matching.dedup.score;

import org.acta.matching.explain.Reason;

/**
 * The compared fields and their levels of agreement. Level 0 always means "cannot be compared"
 * (missing on one side) and carries no weight; level 1 is the strongest agreement.
 */
public enum Field {
  DOI("doi", "DOI", "same DOI", "different DOIs"),
  TITLE("title", "title", "titles equal", "very similar titles", "similar titles", "somewhat similar titles",
      "different titles", "same generic title"),
  CROSS_TITLE("crossTitle", "other-language title", "one record's translated title equals the other's title",
      "translated title differs"),
  YEAR("year", "year", "same year", "years one apart (early access / online first)", "different years"),
  VENUE("venue", "journal or proceedings", "same ISSN/CN", "same journal name", "different journals"),
  VOLUME("volume", "volume", "same volume", "different volumes"),
  ISSUE("issue", "issue", "same issue", "different issues"),
  PAGES("pages", "pages", "same pages", "different pages"),
  AUTHORS("authors", "authors", "same authors", "most authors shared", "some authors shared",
      "no author in common");

  private final String key;
  private final String label;
  private final String[] levelWords;

  /**
   * @param key the field in the evidence codes ({@code dedup.level.<key>.<level>})
   * @param label the field in the model's English diagnostics
   * @param levelWords the levels in English, for the diagnostics; the evidence shown to people
   *     comes from the message bundles through {@link #level(int)}
   */
  Field(String key, String label, String... levelWords) {
    this.key = key;
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

  /** A level as evidence: code {@code dedup.level.<field>.<level>}, e.g. "same DOI". */
  public Reason level(int level) {
    return new Reason("dedup.level." + key + "." + level, null);
  }

  static final Field[] ALL = values();
}
