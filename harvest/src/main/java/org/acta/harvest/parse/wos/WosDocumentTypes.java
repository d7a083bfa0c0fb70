package org.acta.harvest.parse.wos;

import java.util.Locale;
import org.acta.matching.model.DocumentType;

/**
 * Maps WoS {@code DT} ({@code Article}, {@code Review; Early Access},
 * {@code Article; Proceedings Paper} ...) with {@code PT} to {@link DocumentType}.
 */
final class WosDocumentTypes {
  private WosDocumentTypes() {}

  static DocumentType map(String dt, String pt) {
    if (dt == null || dt.isBlank()) {
      return "C".equals(pt) ? DocumentType.PROCEEDINGS_PAPER
          : "J".equals(pt) ? DocumentType.ARTICLE : DocumentType.OTHER;
    }
    String all = dt.toLowerCase(Locale.ROOT);
    // An erratum is never the paper it corrects; an editorial never a research article.
    if (all.contains("correction") || all.contains("erratum") || all.contains("retraction")) {
      return DocumentType.CORRECTION;
    }
    if (all.contains("editorial")) {
      return DocumentType.EDITORIAL;
    }
    if (all.contains("book chapter") && !"J".equals(pt)) {
      return DocumentType.BOOK_CHAPTER;
    }
    for (String item : all.split(";")) {
      String t = item.strip();
      DocumentType type = switch (t) {
        case "article", "data paper" ->
            all.contains("proceedings paper") && !"J".equals(pt)
                ? DocumentType.PROCEEDINGS_PAPER : DocumentType.ARTICLE;
        case "review", "systematic review" -> DocumentType.REVIEW;
        case "proceedings paper" -> DocumentType.PROCEEDINGS_PAPER;
        case "book chapter" -> DocumentType.BOOK_CHAPTER;
        case "book" -> DocumentType.BOOK;
        case "early access" -> null;
        default -> null;
      };
      if (type != null) {
        return type;
      }
    }
    return DocumentType.OTHER;
  }
}
