package org.acta.harvest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page statement split into first and last page, keeping the raw text. Understands
 * {@code 112-120}, {@code 112 - 120}, {@code pp. 112-120}, CNKI's continued pages
 * {@code 45-52+60} (first 45, last 60), CNKI's {@code ~} range sign, en dashes, and
 * article-number style {@code 107936-} (first page only).
 *
 * @param raw the statement as printed (trimmed)
 * @param start first page, or null
 * @param end last page, or null when the statement has a single page
 */
public record Pages(String raw, String start, String end) {

  private static final Pattern PREFIX = Pattern.compile("^(?:pp?\\.?\\s*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE =
      Pattern.compile("^([A-Za-z]?\\d+[A-Za-z]?)\\s*(?:[-‐‑‒–—~～－]\\s*([A-Za-z]?\\d+[A-Za-z]?)?)?(.*)$");
  private static final Pattern LAST_PAGE =
      Pattern.compile("[+,，]\\s*([A-Za-z]?\\d+[A-Za-z]?)\\s*(?:[-‐‑‒–—~～－]\\s*([A-Za-z]?\\d+[A-Za-z]?))?\\s*$");

  /** Parses a page statement; null for null or blank input. */
  public static Pages parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String raw = value.trim();
    String s = PREFIX.matcher(raw).replaceFirst("");
    Matcher m = RANGE.matcher(s);
    if (!m.matches()) {
      return new Pages(raw, null, null);
    }
    String start = m.group(1);
    String end = m.group(2);
    String rest = m.group(3);
    if (rest != null && !rest.isBlank()) {
      Matcher last = LAST_PAGE.matcher(rest);
      if (last.find()) {
        end = last.group(2) != null ? last.group(2) : last.group(1);
      }
    }
    return new Pages(raw, start, end);
  }

  /** True when the statement is one bare number (a single page or an article number). */
  public boolean isSingle() {
    return start != null && end == null && raw.matches("[A-Za-z]?\\d+[A-Za-z]?-?");
  }
}
