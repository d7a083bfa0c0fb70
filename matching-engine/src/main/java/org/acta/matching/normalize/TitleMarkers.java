package org.acta.matching.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markers in a folded title that make two otherwise equal titles different works: the part of a
 * series ({@code Part I} = {@code Part 1}; {@code （Ⅱ）} after NFKC) and corrections
 * ({@code Corrigendum}, {@code Erratum}, {@code Correction to}, 更正, 勘误).
 */
public final class TitleMarkers {
  private static final Pattern PART =
      Pattern.compile("\\b(?:part|pt|teil|partie)\\s+(\\d{1,2}|[ivx]{1,4}|one|two|three|four)\\b");
  private static final Pattern TRAILING_ROMAN = Pattern.compile("\\b([ivx]{1,4}|\\d)$");
  private static final Pattern CORRECTION = Pattern.compile(
      "^(?:corrigendum|corrigenda|erratum|errata|correction|retraction|retracted|addendum)\\b"
          + "|\\b(?:corrigendum|erratum)\\b|^更正|^勘误|^撤稿");

  private TitleMarkers() {}

  /** The part number (1, 2, …) of a series title, or 0. */
  public static int partNumber(String folded) {
    Matcher m = PART.matcher(folded);
    if (m.find()) {
      return toNumber(m.group(1));
    }
    // Chinese series mark parts with a bracketed roman numeral at the end: "研究（Ⅱ）" → "研 究 ii"
    if (TextFolder.isMostlyHan(folded)) {
      Matcher t = TRAILING_ROMAN.matcher(folded);
      if (t.find()) {
        return toNumber(t.group(1));
      }
    }
    return 0;
  }

  private static final Pattern BRACKETED_ROMAN =
      Pattern.compile("(?<![A-Za-z])[(（]\\s*(I{1,3}|IV|V|VI)\\s*[)）]");
  private static final com.ibm.icu.text.Normalizer2 NFKC = com.ibm.icu.text.Normalizer2.getNFKCInstance();

  /**
   * The part number written as a bracketed numeral anywhere in a raw title, as Chinese series do
   * ({@code …能效（Ⅱ）：机理分析}); 0 when none. Upper-case only, so "(i)" list markers do not count,
   * and not right after a letter, so oxidation states ({@code Cr(Ⅵ)}) do not either.
   */
  public static int bracketedPart(String raw) {
    if (raw == null || raw.indexOf('(') < 0 && raw.indexOf('（') < 0) {
      return 0;
    }
    Matcher m = BRACKETED_ROMAN.matcher(NFKC.normalize(raw));
    return m.find() ? toNumber(m.group(1).toLowerCase(java.util.Locale.ROOT)) : 0;
  }

  /** Whether the folded title announces a correction, erratum or retraction notice. */
  public static boolean isCorrection(String folded) {
    return CORRECTION.matcher(folded).find();
  }

  static int toNumber(String s) {
    switch (s) {
      case "one":
        return 1;
      case "two":
        return 2;
      case "three":
        return 3;
      case "four":
        return 4;
      default:
        break;
    }
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = s.charAt(i) == 'i' ? 1 : s.charAt(i) == 'v' ? 5 : 10;
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
