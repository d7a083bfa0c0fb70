package org.acta.matching.model;

import java.util.Locale;

/**
 * The document types Acta distinguishes. The first five are those of the one table; the others
 * matter to deduplication (an erratum is never the same work as the paper it corrects) and are
 * published as {@code other}.
 */
public enum DocumentType {
  ARTICLE,
  REVIEW,
  PROCEEDINGS_PAPER,
  BOOK_CHAPTER,
  BOOK,
  THESIS,
  EDITORIAL,
  CORRECTION,
  OTHER;

  /** The value of the one table's {@code document_type} column. */
  public String tableValue() {
    return switch (this) {
      case ARTICLE, REVIEW, PROCEEDINGS_PAPER, BOOK_CHAPTER -> name().toLowerCase(Locale.ROOT);
      default -> "other";
    };
  }
}
