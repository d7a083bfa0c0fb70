package org.acta.harvest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises identifiers inside printed values: a DOI inside a URL or behind a {@code doi:}
 * prefix, ISSNs (with or without hyphen, as EI prints them) and ISBNs. Values are returned as
 * printed (case kept); the engine normalises.
 */
public final class IdentifierText {

  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>]+");
  private static final Pattern ISSN = Pattern.compile("^\\d{4}-?\\d{3}[\\dXx]$");
  private static final Pattern ISBN = Pattern.compile("^(?:97[89])?\\d{9}[\\dXx]$");

  private IdentifierText() {}

  /**
   * The DOI in {@code value} ({@code http://dx.doi.org/10.1/x}, {@code doi:10.1/x},
   * {@code https://link.cnki.net/doi/10.1/x}), without URL prefix and trailing punctuation;
   * null if none.
   */
  public static String doiIn(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DOI.matcher(value);
    if (!m.find()) {
      return null;
    }
    String doi = m.group();
    // A DOI inside a query string ends at the next parameter.
    int amp = doi.indexOf('&');
    if (amp > 0 && value.contains("?")) {
      doi = doi.substring(0, amp);
    }
    while (!doi.isEmpty() && ".,;:)]}'".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
      doi = doi.substring(0, doi.length() - 1);
    }
    return doi.isEmpty() ? null : doi;
  }

  /** True for {@code 1009-9638} and {@code 10099638}. */
  public static boolean isIssn(String value) {
    return value != null && ISSN.matcher(value.trim()).matches();
  }

  /** True for ISBN-10/13, hyphens and spaces ignored. */
  public static boolean isIsbn(String value) {
    return value != null && ISBN.matcher(value.replaceAll("[\\s-]", "")).matches();
  }
}
