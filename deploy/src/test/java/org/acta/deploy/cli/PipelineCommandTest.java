package org.acta.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The offline command of {@code shared/design/evaluation.md}, end to end on real files. */
class PipelineCommandTest {
  static final Path SHARED = Path.of("../../shared").toAbsolutePath().normalize();
  static final Path SAMPLES = SHARED.resolve("design/samples");

  @TempDir Path tmp;

  private int run(StringWriter err, String... args) {
    CommandLine cl = new CommandLine(new PipelineCommand());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void everySampleRecordGetsOneWorksRowAndTheExitCodeIsZero() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      files = s.filter(p -> !p.getFileName().toString().equals("README.md"))
          .map(Path::toString).sorted().toList();
    }
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    List<String> args = new java.util.ArrayList<>(List.of("--out", out.toString()));
    args.addAll(files);

    int exit = run(err, args.toArray(String[]::new));

    assertEquals(0, exit, err.toString());
    List<String> works = lines(out.resolve("works.csv"));
    assertEquals("work_id,source_key", works.get(0));
    // 12 sample files of 3 records each
    assertEquals(36, works.size() - 1, err.toString());
    Set<String> keys = works.stream().skip(1).map(l -> l.substring(l.indexOf(',') + 1))
        .collect(Collectors.toSet());
    assertTrue(keys.contains("wos-plain.txt#3"), keys.toString());
    assertTrue(keys.contains("cnki-estudy.txt#1"), keys.toString());
    // Paper A is in EI and in five CNKI formats: one work
    long paperA = works.stream().skip(1)
        .filter(l -> l.endsWith("ei-csv.csv#1") || l.endsWith("cnki-refworks.txt#1"))
        .map(l -> l.substring(0, l.indexOf(','))).distinct().count();
    assertEquals(1, paperA, "EI E1 and CNKI C1 are one work");
    assertTrue(err.toString().contains("wos-tab-utf16.txt: WoS tab-delimited, UTF-16LE"),
        err.toString());
  }

  @Test
  void garbageAndTruncatedFilesAreNamedTheGoodOnesReadAndTheExitCodeIsOne() throws IOException {
    Path garbage = tmp.resolve("garbage.txt");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(garbage, noise);
    String wos = Files.readString(SAMPLES.resolve("wos-plain.txt"), StandardCharsets.UTF_8);
    Path truncated = tmp.resolve("truncated.txt");
    Files.writeString(truncated, wos.substring(0, wos.lastIndexOf("\nER")), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();

    int exit = run(err, "--out", out.toString(), garbage.toString(), truncated.toString(),
        SAMPLES.resolve("ei-ris.ris").toString());

    assertEquals(1, exit, err.toString());
    String stderr = err.toString();
    assertTrue(stderr.contains("garbage.txt"), stderr);
    assertTrue(stderr.contains("truncated.txt") && stderr.contains("truncated"), stderr);
    List<String> works = lines(out.resolve("works.csv"));
    assertTrue(works.stream().anyMatch(l -> l.endsWith(",ei-ris.ris#3")), works.toString());
    assertTrue(works.stream().anyMatch(l -> l.endsWith(",truncated.txt#2")), works.toString());
  }

  @Test
  void unitsWithoutPeopleIsAnArgumentError() {
    StringWriter err = new StringWriter();
    int exit = run(err, "--units", SAMPLES.resolve("README.md").toString(), "--out",
        tmp.toString(), SAMPLES.resolve("ei-ris.ris").toString());
    assertEquals(2, exit);
    assertTrue(err.toString().contains("--units and --people go together"), err.toString());
  }
}
