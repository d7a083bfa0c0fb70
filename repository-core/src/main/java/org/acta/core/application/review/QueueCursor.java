package org.acta.core.application.review;

import java.math.BigDecimal;

/**
 * Where a page of the review queue ended: the last item's score, kind and row id. The queue is in
 * (score descending, attribution before duplicate, id) order; {@code 0.8_12} is attribution row
 * 12, {@code 0.8_d7} possible-duplicate row 7.
 */
record QueueCursor(BigDecimal score, boolean duplicate, long id) {
  static QueueCursor parse(String text) {
    int bar = text.indexOf('_');
    try {
      String rest = text.substring(bar + 1);
      boolean duplicate = rest.startsWith("d");
      return new QueueCursor(new BigDecimal(text.substring(0, bar)), duplicate,
          Long.parseLong(duplicate ? rest.substring(1) : rest));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor: '" + text
          + "' is not a cursor this queue gave out");
    }
  }

  @Override
  public String toString() {
    return score.toPlainString() + "_" + (duplicate ? "d" : "") + id;
  }
}
