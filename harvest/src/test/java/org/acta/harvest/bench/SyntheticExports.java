package org.acta.harvest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes large export files of fixed, seeded, realistic-looking records: WoS plain text (with 40
 * cited references a record, wrapped titles, C1 brackets and two RP groups), WoS tab-delimited
 * and a generic CSV list. The same seed gives the same bytes.
 */
final class SyntheticExports {
  private static final String[] SURNAMES = {"Zhang", "Wang", "Li", "Liu", "Chen", "Yang",
      "Müller", "Smith", "García", "Okafor", "Kowalczyk", "Novák", "Ouyang", "Lyu", "Tanaka"};
  private static final String[] GIVEN = {"San", "Xiaoming", "Wei", "Hans-Peter", "Jose",
      "Chinedu", "Agnieszka", "Pavel", "Yuchong", "Mei", "Liang", "Hiroshi", "Fang", "Jun"};
  private static final String[] WORDS = {"photocatalytic", "hydrogen", "evolution", "TiO2",
      "nanotube", "arrays", "alpha-Fe2O3", "heterojunction", "density", "functional", "theory",
      "solar", "water", "splitting", "interface", "engineering", "oxygen", "reduction", "catalyst",
      "graphene", "lithium", "battery", "anode", "deep", "learning", "network", "control"};

  private SyntheticExports() {}

  /** A WoS plain-text file of about {@code megabytes} MB; returns the record count. */
  static int wosPlain(Path file, int megabytes, long seed) throws IOException {
    Random rnd = new Random(seed);
    long limit = megabytes * 1024L * 1024L;
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("\uFEFFFN Clarivate Analytics Web of Science\nVR 1.0\n");
      long written = 0;
      StringBuilder sb = new StringBuilder(16384);
      while (written < limit) {
        sb.setLength(0);
        n++;
        int authors = 2 + rnd.nextInt(8);
        String[][] names = new String[authors][];
        for (int i = 0; i < authors; i++) {
          names[i] = new String[] {SURNAMES[rnd.nextInt(SURNAMES.length)],
              GIVEN[rnd.nextInt(GIVEN.length)]};
        }
        sb.append("PT J\n");
        for (int i = 0; i < authors; i++) {
          sb.append(i == 0 ? "AU " : "   ").append(names[i][0]).append(", ")
              .append(names[i][1].charAt(0)).append('\n');
        }
        for (int i = 0; i < authors; i++) {
          sb.append(i == 0 ? "AF " : "   ").append(names[i][0]).append(", ").append(names[i][1])
              .append('\n');
        }
        sb.append("TI ").append(words(rnd, 9)).append("\n   ").append(words(rnd, 8)).append('\n');
        sb.append("SO JOURNAL OF ").append(words(rnd, 3).toUpperCase()).append('\n');
        sb.append("LA English\nDT Article\n");
        sb.append("DE ").append(words(rnd, 3)).append("; ").append(words(rnd, 2)).append('\n');
        sb.append("AB ").append(words(rnd, 180)).append('\n');
        for (int i = 0; i < authors; i++) {
          sb.append(i == 0 ? "C1 [" : "   [").append(names[i][0]).append(", ")
              .append(names[i][1]).append("] Univ ").append(words(rnd, 2))
              .append(", Sch Mat Sci & Engn, City 510999, Peoples R China.\n");
        }
        sb.append("RP ").append(names[0][0]).append(", ").append(names[0][1].charAt(0))
            .append(" (corresponding author), Univ X, City, Peoples R China.; ")
            .append(names[1][0]).append(", ").append(names[1][1].charAt(0))
            .append(" (corresponding author), Univ Y, City, Peoples R China.\n");
        sb.append("EM a").append(n).append("@example.edu; b").append(n).append("@example.edu\n");
        sb.append("OI ").append(names[0][0]).append(", ").append(names[0][1])
            .append("/0000-0002-").append(1000 + rnd.nextInt(8999)).append("-123X\n");
        for (int i = 0; i < 40; i++) {
          sb.append(i == 0 ? "CR " : "   ").append(SURNAMES[rnd.nextInt(SURNAMES.length)])
              .append(" X, ").append(1990 + rnd.nextInt(34)).append(", J ")
              .append(words(rnd, 2).toUpperCase()).append(", V").append(rnd.nextInt(99))
              .append(", P").append(rnd.nextInt(999)).append(", DOI 10.99999/x.")
              .append(rnd.nextInt(1_000_000)).append('\n');
        }
        sb.append("NR 40\nTC ").append(rnd.nextInt(50)).append("\nSN 1234-5678\nPY ")
            .append(2000 + rnd.nextInt(25)).append("\nVL ").append(rnd.nextInt(200))
            .append("\nBP ").append(rnd.nextInt(500)).append("\nEP ").append(500 + rnd.nextInt(99))
            .append("\nDI 10.99999/bench.").append(n).append("\nUT WOS:")
            .append(String.format("%015d", n)).append("\nER\n\n");
        w.append(sb);
        written += sb.length();
      }
      w.write("EF");
    }
    return n;
  }

  /** A WoS tab-delimited file of about {@code megabytes} MB. */
  static int wosTab(Path file, int megabytes, long seed) throws IOException {
    Random rnd = new Random(seed);
    long limit = megabytes * 1024L * 1024L;
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("\uFEFFPT\tAU\tAF\tTI\tSO\tDT\tDE\tAB\tC1\tRP\tEM\tCR\tPY\tVL\tBP\tEP\tDI\tUT\t\r\n");
      long written = 0;
      StringBuilder sb = new StringBuilder(16384);
      while (written < limit) {
        sb.setLength(0);
        n++;
        String a = SURNAMES[rnd.nextInt(SURNAMES.length)];
        String g = GIVEN[rnd.nextInt(GIVEN.length)];
        String b = SURNAMES[rnd.nextInt(SURNAMES.length)];
        String h = GIVEN[rnd.nextInt(GIVEN.length)];
        sb.append("J\t").append(a).append(", ").append(g.charAt(0)).append("; ").append(b)
            .append(", ").append(h.charAt(0)).append('\t').append(a).append(", ").append(g)
            .append("; ").append(b).append(", ").append(h).append('\t').append(words(rnd, 14))
            .append("\tJOURNAL OF TESTS\tArticle\t").append(words(rnd, 4)).append('\t')
            .append(words(rnd, 180)).append("\t[").append(a).append(", ").append(g)
            .append("] Univ A, City, Peoples R China; [").append(b).append(", ").append(h)
            .append("] Univ B, City, Germany\t").append(a).append(", ").append(g.charAt(0))
            .append(" (corresponding author), Univ A, City, Peoples R China.\tx@example.edu\t");
        for (int i = 0; i < 40; i++) {
          sb.append(i == 0 ? "" : "; ").append(b).append(" X, 2001, J TEST, V").append(i)
              .append(", P").append(i * 7);
        }
        sb.append('\t').append(2000 + rnd.nextInt(25)).append("\t12\t1\t9\t10.99999/t.")
            .append(n).append("\tWOS:").append(String.format("%015d", n)).append("\t\r\n");
        w.append(sb);
        written += sb.length();
      }
    }
    return n;
  }

  /** A generic CSV publication list of about {@code megabytes} MB. */
  static int genericCsv(Path file, int megabytes, long seed) throws IOException {
    Random rnd = new Random(seed);
    long limit = megabytes * 1024L * 1024L;
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,title,authors,venue,year\n");
      long written = 0;
      StringBuilder sb = new StringBuilder(512);
      while (written < limit) {
        sb.setLength(0);
        n++;
        sb.append(n).append(",\"").append(words(rnd, 10)).append("\",\"")
            .append(GIVEN[rnd.nextInt(GIVEN.length)]).append(' ')
            .append(SURNAMES[rnd.nextInt(SURNAMES.length)]).append(", ")
            .append(GIVEN[rnd.nextInt(GIVEN.length)]).append(' ')
            .append(SURNAMES[rnd.nextInt(SURNAMES.length)]).append("\",\"VLDB\",")
            .append(1990 + rnd.nextInt(30)).append('\n');
        w.append(sb);
        written += sb.length();
      }
    }
    return n;
  }

  private static String words(Random rnd, int count) {
    StringBuilder sb = new StringBuilder(count * 8);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
