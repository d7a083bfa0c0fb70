package org.acta.matching.dedup.score;

/**
 * Levels of all fields packed into one int (mixed radix), so pairs can be counted by pattern:
 * EM runs on a few thousand pattern counts instead of millions of pairs.
 */
public final class ComparisonVector {
  static final int[] RADIX = new int[Field.ALL.length];
  static final int PATTERNS;

  static {
    int p = 1;
    for (int f = 0; f < Field.ALL.length; f++) {
      RADIX[f] = Field.ALL[f].levels();
      p *= RADIX[f];
    }
    PATTERNS = p;
  }

  private ComparisonVector() {}

  public static int encode(int[] levels) {
    int code = 0;
    for (int f = Field.ALL.length - 1; f >= 0; f--) {
      code = code * RADIX[f] + levels[f];
    }
    return code;
  }

  public static int level(int code, Field field) {
    int c = code;
    for (int f = 0; f < field.ordinal(); f++) {
      c /= RADIX[f];
    }
    return c % RADIX[field.ordinal()];
  }

  public static int patterns() {
    return PATTERNS;
  }
}
