package org.acta.core.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes Web of Science plain-text exports of invented papers, numbered so that two files can
 * overlap on purpose: paper {@code n} always has UT {@code WOS:} + n padded to 15 digits.
 */
public final class SyntheticWosFile {
  private SyntheticWosFile() {}

  /** Writes papers {@code first} .. {@code first + count - 1} to {@code file}. */
  public static Path write(Path file, int first, int count) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("FN Clarivate Analytics Web of Science\nVR 1.0\n");
      for (int n = first; n < first + count; n++) {
        w.write(record(n));
      }
      w.write("EF\n");
    }
    return file;
  }

  private static String record(int n) {
    String[] topics = {"photocatalytic hydrogen evolution", "lithium anode stability",
        "graph neural network scheduling", "concrete creep under humidity",
        "membrane fouling in seawater", "soil heavy metal remediation"};
    String topic = topics[n % topics.length];
    return String.format(Locale.ROOT, """
        PT J
        AU Wang, X
           Smith, J
        AF Wang, Xiaoming
           Smith, John
        TI Study %1$d of %2$s with a synthetic method number %1$d
        SO JOURNAL OF SYNTHETIC RESULTS %3$d
        LA English
        DT Article
        C1 [Wang, Xiaoming] Synthetic Univ Technol, Sch Chem Engn, Synthcity 100000, Peoples R China.
           [Smith, John] Univ Elsewhere, Dept Phys, Elsewhere, England.
        RP Wang, X (corresponding author), Synthetic Univ Technol, Sch Chem Engn, Synthcity 100000, Peoples R China.
        SN 1234-%4$04d
        PY %5$d
        VL %6$d
        IS %7$d
        BP %8$d
        EP %9$d
        DI 10.99999/synth.%1$d
        UT WOS:%1$015d
        ER

        """, n, topic, n % 50, n % 10000, 2015 + n % 10, 1 + n % 40, 1 + n % 12,
        1 + (n % 300) * 10, 9 + (n % 300) * 10);
  }
}
