package org.acta.harvest.parse.ei;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.matching.model.DocumentType;

/**
 * Maps EV document types to Acta's. In CSV/text the code in parentheses is the stable part
 * ({@code Journal article (JA)}, {@code Conference article (CA)}, {@code Erratum (ER)}); RIS
 * gives a {@code TY} code and BibTeX an entry type.
 */
final class EiDocumentTypes {

  private static final Pattern CODE = Pattern.compile("\\(([A-Z]{2})\\)\\s*$");

  private static final Map<String, DocumentType> BY_CODE = Map.ofEntries(
      Map.entry("JA", DocumentType.ARTICLE),
      Map.entry("IP", DocumentType.ARTICLE),
      Map.entry("CA", DocumentType.PROCEEDINGS_PAPER),
      Map.entry("CP", DocumentType.PROCEEDINGS_PAPER),
      Map.entry("CH", DocumentType.BOOK_CHAPTER),
      Map.entry("MC", DocumentType.BOOK_CHAPTER),
      Map.entry("BK", DocumentType.BOOK),
      Map.entry("MR", DocumentType.BOOK),
      Map.entry("DS", DocumentType.THESIS),
      Map.entry("ER", DocumentType.CORRECTION),
      Map.entry("ED", DocumentType.EDITORIAL),
      Map.entry("RV", DocumentType.REVIEW),
      Map.entry("RE", DocumentType.REVIEW));

  private static final Map<String, DocumentType> BY_RIS = Map.ofEntries(
      Map.entry("JOUR", DocumentType.ARTICLE),
      Map.entry("JFULL", DocumentType.ARTICLE),
      Map.entry("EJOUR", DocumentType.ARTICLE),
      Map.entry("INPR", DocumentType.ARTICLE),
      Map.entry("CONF", DocumentType.PROCEEDINGS_PAPER),
      Map.entry("CPAPER", DocumentType.PROCEEDINGS_PAPER),
      Map.entry("CHAP", DocumentType.BOOK_CHAPTER),
      Map.entry("BOOK", DocumentType.BOOK),
      Map.entry("THES", DocumentType.THESIS));

  private static final Map<String, DocumentType> BY_BIBTEX = Map.ofEntries(
      Map.entry("article", DocumentType.ARTICLE),
      Map.entry("inproceedings", DocumentType.PROCEEDINGS_PAPER),
      Map.entry("conference", DocumentType.PROCEEDINGS_PAPER),
      Map.entry("inbook", DocumentType.BOOK_CHAPTER),
      Map.entry("incollection", DocumentType.BOOK_CHAPTER),
      Map.entry("book", DocumentType.BOOK),
      Map.entry("phdthesis", DocumentType.THESIS),
      Map.entry("mastersthesis", DocumentType.THESIS));

  private EiDocumentTypes() {}

  /** From the CSV/text {@code Document type} label. */
  static DocumentType ofLabel(String raw) {
    if (raw == null || raw.isBlank()) {
      return DocumentType.OTHER;
    }
    Matcher m = CODE.matcher(raw.strip());
    if (m.find() && BY_CODE.containsKey(m.group(1))) {
      return BY_CODE.get(m.group(1));
    }
    String s = raw.toLowerCase(Locale.ROOT);
    if (s.contains("erratum") || s.contains("correction")) {
      return DocumentType.CORRECTION;
    }
    if (s.contains("editorial")) {
      return DocumentType.EDITORIAL;
    }
    if (s.contains("review")) {
      return DocumentType.REVIEW;
    }
    if (s.contains("conference")) {
      return DocumentType.PROCEEDINGS_PAPER;
    }
    if (s.contains("journal") || s.contains("article")) {
      return DocumentType.ARTICLE;
    }
    if (s.contains("chapter")) {
      return DocumentType.BOOK_CHAPTER;
    }
    if (s.contains("book") || s.contains("monograph")) {
      return DocumentType.BOOK;
    }
    if (s.contains("dissertation") || s.contains("thesis")) {
      return DocumentType.THESIS;
    }
    return DocumentType.OTHER;
  }

  static DocumentType ofRisType(String ty) {
    return ty == null ? DocumentType.OTHER
        : BY_RIS.getOrDefault(ty.strip().toUpperCase(Locale.ROOT), DocumentType.OTHER);
  }

  static DocumentType ofBibtexType(String type) {
    return type == null ? DocumentType.OTHER
        : BY_BIBTEX.getOrDefault(type.strip().toLowerCase(Locale.ROOT), DocumentType.OTHER);
  }
}
