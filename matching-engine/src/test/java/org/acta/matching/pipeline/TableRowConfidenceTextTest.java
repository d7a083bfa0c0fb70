package org.acta.matching.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The table's confidence column is written exactly as {@code %.4f} wrote it before. */
class TableRowConfidenceTextTest {

  @Test
  void sameTextAsTheFormatterForStoredConfidences() {
    // every value the store can hold is a DECIMAL(7, 6) in [0, 1]: try all ties and a sample
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i <= 1_000_000; i += random.nextInt(1, 40)) {
      double stored = i / 1_000_000.0;
      assertEquals(String.format(Locale.ROOT, "%.4f", stored), TableRow.confidenceText(stored),
          "confidence " + stored);
    }
    for (int i = 0; i <= 10_000; i++) {
      double tie = (i + 0.5) / 10_000.0; // exactly halfway between two four-decimal values
      assertEquals(String.format(Locale.ROOT, "%.4f", tie), TableRow.confidenceText(tie),
          "confidence " + tie);
    }
  }

  @Test
  void boundsAndWholeNumbers() {
    assertEquals("0.0000", TableRow.confidenceText(0));
    assertEquals("1.0000", TableRow.confidenceText(1));
    assertEquals("0.9123", TableRow.confidenceText(0.912345));
  }
}
