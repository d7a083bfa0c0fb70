package org.acta.harvest.parse.cnki;

import java.util.Locale;
import org.acta.matching.model.DocumentType;

/**
 * CNKI record types: the reference type of RefWorks/EndNote/NoteExpress ({@code Journal Article},
 * {@code Dissertation/Thesis}, {@code Conference Proceeding(s)}, …), the 来源库 of custom text,
 * E-Study and Excel ({@code 期刊}, {@code 硕士}, {@code 博士}, {@code 中国会议}, …), and E-Study's
 * {@code DataType} (1 journal, 3 conference; 2 for theses is an assumption, formats.md §8).
 */
final class CnkiDocumentTypes {

  private CnkiDocumentTypes() {}

  static DocumentType of(String referenceType, String sourceDatabase, String dataType) {
    if (sourceDatabase != null) {
      DocumentType t = ofSourceDatabase(sourceDatabase);
      if (t != null) {
        return t;
      }
    }
    if (referenceType != null) {
      return ofReferenceType(referenceType);
    }
    if (dataType != null) {
      switch (dataType.strip()) {
        case "1":
          return DocumentType.ARTICLE;
        case "2":
          return DocumentType.THESIS;
        case "3":
          return DocumentType.PROCEEDINGS_PAPER;
        default:
          return DocumentType.OTHER;
      }
    }
    return DocumentType.OTHER;
  }

  static DocumentType ofReferenceType(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (s.equals("journal article") || s.equals("journal")) {
      return DocumentType.ARTICLE;
    }
    if (s.contains("thesis") || s.contains("dissertation")) {
      return DocumentType.THESIS;
    }
    if (s.contains("conference")) {
      return DocumentType.PROCEEDINGS_PAPER;
    }
    if (s.contains("book section") || s.contains("chapter")) {
      return DocumentType.BOOK_CHAPTER;
    }
    if (s.equals("book")) {
      return DocumentType.BOOK;
    }
    return DocumentType.OTHER;
  }

  /** Null when the value is not one we know. */
  static DocumentType ofSourceDatabase(String raw) {
    String s = raw.strip();
    if (s.contains("期刊") || s.contains("辑刊")) {
      return DocumentType.ARTICLE;
    }
    if (s.contains("硕士") || s.contains("博士") || s.contains("学位")) {
      return DocumentType.THESIS;
    }
    if (s.contains("会议")) {
      return DocumentType.PROCEEDINGS_PAPER;
    }
    if (s.contains("图书")) {
      return DocumentType.BOOK;
    }
    if (s.contains("报纸") || s.contains("专利") || s.contains("标准") || s.contains("年鉴")
        || s.contains("成果")) {
      return DocumentType.OTHER;
    }
    return null;
  }

  /** The database name Acta shows (期刊, 硕士, 博士, 会议, …) for a record without 来源库. */
  static String databaseName(String referenceType, DocumentType type, String degree,
      String subDatabase) {
    if (subDatabase != null) {
      return subDatabase;
    }
    if (type == DocumentType.THESIS && degree != null) {
      return degree;
    }
    String s = referenceType == null ? "" : referenceType.toLowerCase(Locale.ROOT);
    if (s.contains("newspaper")) {
      return "报纸";
    }
    if (s.contains("patent")) {
      return "专利";
    }
    if (s.contains("standard")) {
      return "标准";
    }
    switch (type) {
      case ARTICLE:
        return "期刊";
      case THESIS:
        return "学位论文";
      case PROCEEDINGS_PAPER:
        return "会议";
      default:
        return null;
    }
  }
}
