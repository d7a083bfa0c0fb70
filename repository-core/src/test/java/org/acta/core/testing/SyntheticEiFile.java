package org.acta.core.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes Engineering Village RIS exports of the invented papers of {@link SyntheticWosFile}: paper
 * {@code n} has the same title, DOI, journal numbering and authors, and accession number
 * {@code 2020} + n padded to 10 digits. Its natural key ({@code EI|...}) sorts before the WoS
 * record's, so importing it gives paper n's work another key.
 */
public final class SyntheticEiFile {
  private SyntheticEiFile() {}

  /** Writes papers {@code first} .. {@code first + count - 1} to {@code file}. */
  public static Path write(Path file, int first, int count) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = first; n < first + count; n++) {
        w.write(record(n));
      }
    }
    return file;
  }

  private static String record(int n) {
    String[] topics = {"photocatalytic hydrogen evolution", "lithium anode stability",
        "graph neural network scheduling", "concrete creep under humidity",
        "membrane fouling in seawater", "soil heavy metal remediation"};
    return String.format(Locale.ROOT, """
        TY  - JOUR
        LA  - English
        N1  - Compilation and indexing terms, Copyright 2024 Elsevier Inc.
        M1  - Compendex
        TI  - Study %1$d of %2$s with a synthetic method number %1$d
        JO  - Journal of Synthetic Results %3$d
        A1  - Wang, Xiaoming
        A1  - Smith, John
        AD  - School of Chemical Engineering, Synthetic University of Technology, Synthcity; 100000, China
        AD  - Department of Physics, University of Elsewhere, Elsewhere, United Kingdom
        VL  - %6$d
        IS  - %7$d
        PY  - %5$d
        U1  - 2020%1$010d
        SP  - %8$d
        EP  - %9$d
        SN  - 1234%4$04d
        L2  - http://dx.doi.org/10.99999/synth.%1$d
        ER  -\s

        """, n, topics[n % topics.length], n % 50, n % 10000, 2015 + n % 10, 1 + n % 40,
        1 + n % 12, 1 + (n % 300) * 10, 9 + (n % 300) * 10);
  }
}
