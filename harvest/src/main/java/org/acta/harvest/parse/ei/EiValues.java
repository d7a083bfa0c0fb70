package org.acta.harvest.parse.ei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.harvest.text.Pages;
import org.acta.matching.model.SourceRecord;

/** Value conventions shared by the EV formats. */
final class EiValues {

  /** EV joins terms with space-hyphen-space; NBSP counts as a space (formats.md §1.1). */
  private static final Pattern TERM_SEPARATOR = Pattern.compile("[\\s\\u00A0]+-[\\s\\u00A0]+");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
  /** A lone number this long is an article number, not a page (EV prints both in pages). */
  private static final Pattern ARTICLE_NUMBER_LIKE = Pattern.compile("^[A-Za-z]*\\d{5,}$|^[A-Za-z]+\\d+$");

  private EiValues() {}

  /** Splits a term list on {@code " - "} (or on {@code separator} when given), decoded, blanks dropped. */
  static List<String> terms(String value, String separator) {
    List<String> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    String[] parts = separator == null ? TERM_SEPARATOR.split(value) : value.split(Pattern.quote(separator));
    for (String p : parts) {
      String t = MarkupDecoder.decodeHtml(p);
      if (t != null && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The first plausible year in the values, or null. */
  static Integer year(String... values) {
    for (String v : values) {
      if (v != null) {
        Matcher m = YEAR.matcher(v);
        if (m.find()) {
          return Integer.valueOf(m.group(1));
        }
      }
    }
    return null;
  }

  /**
   * Sets pages on the builder: a range gives first and last page; a lone long number (or one
   * with a letter prefix) is an article number unless one was given separately.
   */
  static void pages(SourceRecord.Builder b, String pages, String articleNumber) {
    String article = trimToNull(articleNumber);
    Pages p = Pages.parse(pages);
    if (p != null) {
      b.pagesRaw(p.raw());
      if (p.isSingle() && article == null && ARTICLE_NUMBER_LIKE.matcher(p.raw()).matches()) {
        article = p.start();
      } else {
        b.pageStart(p.start()).pageEnd(p.end() != null ? p.end() : p.start());
      }
    }
    b.articleNumber(article);
  }

  static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** Non-blank parts joined with {@code "; "}, or null. */
  static String joinNonBlank(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      String t = MarkupDecoder.decodeHtml(p);
      if (t != null) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(t);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
