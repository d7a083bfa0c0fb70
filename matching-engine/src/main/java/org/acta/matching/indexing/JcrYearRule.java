package org.acta.matching.indexing;

import java.util.NavigableSet;

/**
 * Which JCR year gives a work its quartile and impact factor. Universities differ: some count the
 * JCR of the publication year, some the latest one available when the appraisal runs.
 */
public enum JcrYearRule {
  /** The JCR of the publication year only; none when that year is not imported. */
  PUBLICATION_YEAR("JCR of the publication year"),
  /** The JCR of the publication year, else the latest imported year before it. */
  PUBLICATION_YEAR_OR_EARLIER("JCR of the publication year, else the latest earlier year"),
  /** The latest JCR imported, whatever the publication year. */
  LATEST("latest JCR imported");

  private final String words;

  JcrYearRule(String words) {
    this.words = words;
  }

  /** The rule in words, as provenance states it. */
  public String words() {
    return words;
  }

  /** The JCR year to use among {@code years}, or null. */
  Integer choose(Integer publicationYear, NavigableSet<Integer> years) {
    if (years.isEmpty()) {
      return null;
    }
    return switch (this) {
      case LATEST -> years.last();
      case PUBLICATION_YEAR -> publicationYear != null && years.contains(publicationYear)
          ? publicationYear : null;
      case PUBLICATION_YEAR_OR_EARLIER -> publicationYear == null
          ? null : years.floor(publicationYear);
    };
  }
}
