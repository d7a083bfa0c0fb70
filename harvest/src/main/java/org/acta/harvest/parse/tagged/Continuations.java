package org.acta.harvest.parse.tagged;

/**
 * Joins wrapped lines: with one space between Latin words, with nothing when either side of the
 * break is a CJK character (Chinese text has no spaces, so a line break next to it is not a word
 * break: {@code 作物⏎,也是}, {@code TiO_2⏎纳米管}).
 */
public final class Continuations {
  private Continuations() {}

  public static String join(String value, String continuation) {
    String cont = continuation.strip();
    if (cont.isEmpty()) {
      return value;
    }
    if (value == null || value.isEmpty()) {
      return cont;
    }
    String v = value.stripTrailing();
    if (v.isEmpty()) {
      return cont;
    }
    boolean noSpace = isCjk(v.codePointBefore(v.length())) || isCjk(cont.codePointAt(0));
    return noSpace ? v + cont : v + " " + cont;
  }

  /** Han ideographs and the CJK/full-width punctuation that surrounds them. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D);
  }
}
