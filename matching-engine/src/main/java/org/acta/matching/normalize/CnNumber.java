package org.acta.matching.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * China's unified journal number (国内统一连续出版物号, CN number) normalised to its registration
 * part {@code NN-NNNN}: the classification suffix ({@code /TB}) and any {@code CN} prefix are
 * dropped because sources and journal lists print them inconsistently, while the registration
 * part alone identifies the journal.
 */
public final class CnNumber {
  private static final Pattern CN = Pattern.compile("(?<!\\d)(\\d{2})\\s*[-\u2010\u2013]\\s*(\\d{4})(?!\\d)");

  private CnNumber() {}

  /** {@code NN-NNNN}, or null when the text holds no CN number. */
  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Matcher m = CN.matcher(raw);
    return m.find() ? m.group(1) + "-" + m.group(2) : null;
  }
}
