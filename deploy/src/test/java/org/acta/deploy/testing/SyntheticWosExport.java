package org.acta.deploy.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes Web of Science plain-text exports of invented papers: paper {@code n} always has UT
 * {@code WOS:} + n padded to 15 digits, so two files overlap where their number ranges do.
 */
public final class SyntheticWosExport {
  private SyntheticWosExport() {}

  /** Writes papers {@code first} .. {@code first + count - 1}. */
  public static Path write(Path file, int first, int count) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("FN Clarivate Analytics Web of Science\nVR 1.0\n");
      for (int n = first; n < first + count; n++) {
        w.write(String.format(Locale.ROOT, """
            PT J
            AU Wang, X
               Smith, J
            AF Wang, Xiaoming
               Smith, John
            TI Study %1$d of synthetic materials with method number %1$d
            SO JOURNAL OF SYNTHETIC RESULTS %2$d
            LA English
            DT Article
            C1 [Wang, Xiaoming] Synthetic Univ Technol, Sch Chem Engn, Synthcity 100000, Peoples R China.
               [Smith, John] Univ Elsewhere, Dept Phys, Elsewhere, England.
            RP Wang, X (corresponding author), Synthetic Univ Technol, Sch Chem Engn, Synthcity 100000, Peoples R China.
            PY %3$d
            VL %4$d
            BP %5$d
            EP %6$d
            DI 10.99999/synth.%1$d
            UT WOS:%1$015d
            ER

            """, n, n % 50, 2015 + n % 10, 1 + n % 40, 1 + (n % 300) * 10, 9 + (n % 300) * 10));
      }
      w.write("EF\n");
    }
    return file;
  }
}
