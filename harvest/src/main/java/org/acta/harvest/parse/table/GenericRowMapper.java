package org.acta.harvest.parse.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Maps the cells of one publication-list row to a {@link SourceRecord} through the header's
 * {@link GenericColumn}s. Where several columns name the same thing ({@code journal} and
 * {@code booktitle}), the first non-empty one wins. Values are trimmed of the padding and
 * trailing commas of citation-parsed data and HTML entities are decoded.
 */
final class GenericRowMapper {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern PAGES = Pattern.compile(
      "(?:pages?\\s*|pp?\\.?\\s*)?([A-Za-z]?\\d+(?:\\.\\d+)?)\\s*(?:-+|–|—|~|to)\\s*([A-Za-z]?\\d+(?:\\.\\d+)?)");
  private static final Pattern LIST = Pattern.compile("\\s*[;；]\\s*");
  private static final Pattern PADDING = Pattern.compile("^[\\s,;]+|[\\s,;]+$");

  private final List<GenericColumn> columns;

  /** Thrown for a row with nothing in any known column. */
  static final class EmptyRowException extends Exception {
    private static final long serialVersionUID = 1L;

    EmptyRowException() {
      super("the row has no value in any known column");
    }
  }

  GenericRowMapper(List<String> header) {
    List<GenericColumn> cols = new ArrayList<>(header.size());
    for (String label : header) {
      cols.add(GenericColumn.of(label).orElse(null));
    }
    this.columns = cols;
  }

  boolean hasTitle() {
    return columns.contains(GenericColumn.TITLE);
  }

  SourceRecord map(List<String> cells, RecordOrigin origin, String format)
      throws EmptyRowException {
    Map<GenericColumn, String> v = new EnumMap<>(GenericColumn.class);
    for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
      GenericColumn c = columns.get(i);
      String value = clean(cells.get(i));
      if (c != null && value != null && !v.containsKey(c)) {
        v.put(c, value);
      }
    }
    if (v.isEmpty() || (v.size() == 1 && v.containsKey(GenericColumn.ID))) {
      throw new EmptyRowException();
    }
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(origin).source(SourceDatabase.OTHER).format(format);
    b.ids(new Identifiers(null, null, null, v.get(GenericColumn.DOI), v.get(GenericColumn.ISSN),
        null, List.of(), null, null, v.get(GenericColumn.ID)));
    b.title(v.get(GenericColumn.TITLE));
    b.sourceTitle(v.get(GenericColumn.SOURCE));
    b.year(year(v.get(GenericColumn.YEAR)));
    b.publicationDate(v.get(GenericColumn.YEAR));
    b.volume(v.get(GenericColumn.VOLUME));
    b.issue(v.get(GenericColumn.ISSUE));
    pages(v.get(GenericColumn.PAGES), b);
    String type = v.get(GenericColumn.DOCTYPE);
    b.documentTypeRaw(type);
    b.documentType(documentType(type));
    b.language(v.get(GenericColumn.LANGUAGE));
    b.keywords(list(v.get(GenericColumn.KEYWORDS)));
    b.abstractText(v.get(GenericColumn.ABSTRACT));
    b.url(v.get(GenericColumn.URL));
    List<Author> authors = new ArrayList<>();
    for (String name : AuthorListSplitter.split(v.get(GenericColumn.AUTHORS))) {
      authors.add(Author.named(authors.size() + 1, name));
    }
    b.authors(authors);
    b.affiliations(list(v.get(GenericColumn.AFFILIATIONS)));
    b.affiliationsLinked(false);
    return b.build();
  }

  private static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.indexOf('&') >= 0 ? StringEscapeUtils.unescapeHtml4(raw) : raw;
    s = PADDING.matcher(s).replaceAll("");
    return s.isEmpty() ? null : s;
  }

  private static Integer year(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static void pages(String s, SourceRecord.Builder b) {
    if (s == null) {
      return;
    }
    b.pagesRaw(s);
    Matcher m = PAGES.matcher(s);
    if (m.find()) {
      b.pageStart(m.group(1)).pageEnd(m.group(2));
    } else {
      b.pageStart(s.replaceAll("^(?:pp?\\.?\\s*)", "").strip());
    }
  }

  private static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    if (s != null) {
      for (String item : LIST.split(s)) {
        if (!item.isBlank()) {
          out.add(item.strip());
        }
      }
    }
    return out;
  }

  static DocumentType documentType(String raw) {
    if (raw == null) {
      return DocumentType.OTHER;
    }
    String t = raw.toLowerCase(Locale.ROOT);
    if (t.contains("correct") || t.contains("errat") || t.contains("更正")) {
      return DocumentType.CORRECTION;
    }
    if (t.contains("editorial") || t.contains("社论")) {
      return DocumentType.EDITORIAL;
    }
    if (t.contains("review") || t.contains("综述")) {
      return DocumentType.REVIEW;
    }
    if (t.contains("chapter") || t.contains("incollection") || t.contains("inbook")) {
      return DocumentType.BOOK_CHAPTER;
    }
    if (t.contains("proceeding") || t.contains("conference") || t.contains("inproceedings")
        || t.contains("会议")) {
      return DocumentType.PROCEEDINGS_PAPER;
    }
    if (t.contains("thesis") || t.contains("dissertation") || t.contains("论文")) {
      return t.contains("期刊") ? DocumentType.ARTICLE : DocumentType.THESIS;
    }
    if (t.contains("article") || t.contains("journal") || t.contains("期刊")) {
      return DocumentType.ARTICLE;
    }
    if (t.equals("book") || t.contains("专著")) {
      return DocumentType.BOOK;
    }
    return DocumentType.OTHER;
  }
}
