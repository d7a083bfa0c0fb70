package org.acta.matching.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOI normalisation: lower case (DOIs are case-insensitive), without {@code https://doi.org/},
 * {@code doi:} or trailing punctuation; also finds a DOI inside a link
 * ({@code https://link.cnki.net/doi/10.…}).
 */
public final class Doi {
  private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/[^\\s\"<>]+)");

  private Doi() {}

  /** The normalised DOI, or null when the text holds none. */
  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = TextFolder.stripMarkup(raw).trim();
    int semi = s.indexOf(';');
    if (semi > 0 && s.indexOf("10.", semi) > 0) {
      s = s.substring(0, semi); // "DOI [a; b]"-style lists: keep the first
    }
    Matcher m = DOI.matcher(s);
    if (!m.find()) {
      return null;
    }
    String d = java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    d = d.toLowerCase(Locale.ROOT);
    while (!d.isEmpty() && ".,;:)]}".indexOf(d.charAt(d.length() - 1)) >= 0) {
      d = d.substring(0, d.length() - 1);
    }
    return d.length() > 8 ? d : null;
  }
}
