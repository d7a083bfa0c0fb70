package org.acta.matching.attribution;

/**
 * Thresholds of the attribution decision.
 *
 * @param autoThreshold a best candidate at or above it is applied automatically (if it also leads
 *     by {@code margin})
 * @param reviewThreshold a best candidate at or above it (and not auto) goes to a person
 * @param margin how far the best candidate must lead the next one to be applied automatically
 */
public record AttributionConfig(double autoThreshold, double reviewThreshold, double margin) {
  public AttributionConfig {
    if (!(0 <= reviewThreshold && reviewThreshold <= autoThreshold && autoThreshold <= 1)) {
      throw new IllegalArgumentException("need 0 <= review <= auto <= 1");
    }
    if (margin < 0) {
      throw new IllegalArgumentException("margin must be >= 0");
    }
  }

  /** Precision first: auto at 0.80 with a 0.10 lead, review from 0.50. */
  public static AttributionConfig defaults() {
    return new AttributionConfig(0.80, 0.50, 0.10);
  }
}
