package org.acta.harvest.parse.tagged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;

/**
 * Test support: runs one parser over one file with a hand-built {@link ExportInput} (UTF-8 BOM
 * skipped; strict UTF-8, else GB18030, as formats.md §1.1 says) and collects what it emits.
 */
public final class ParseRun implements RecordSink {

  /**
   * The shared data folder: {@code ../../shared} from the module (CI has it beside the
   * checkout); in a nested working copy the nearest ancestor holding {@code shared/design}.
   */
  public static final Path SHARED = locateShared();

  private static Path locateShared() {
    Path conventional = Path.of("../../shared");
    if (Files.isDirectory(conventional.resolve("design"))) {
      return conventional;
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/design"))) {
        return p.resolve("shared");
      }
    }
    return conventional;
  }

  public final List<SourceRecord> records = new ArrayList<>();
  public final List<ParseProblem> problems = new ArrayList<>();

  public static ParseRun of(RecordParser parser, Path file, ExportFormat format) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      Charset cs = isUtf8(bytes, bom) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
      ExportInput input = new ExportInput(file, file.getFileName().toString(), format, cs, bom);
      ParseRun run = new ParseRun();
      parser.parse(input, run);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isUtf8(byte[] bytes, int offset) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Number of gold rows per file name in synthetic-dev/gold/works.csv, by record number. */
  public static Map<String, List<Integer>> goldKeys() {
    try {
      Map<String, List<Integer>> out = new TreeMap<>();
      List<String> lines =
          Files.readAllLines(SHARED.resolve("datasets/synthetic-dev/gold/works.csv"));
      for (String line : lines.subList(1, lines.size())) {
        String key = line.substring(0, line.lastIndexOf(','));
        int hash = key.lastIndexOf('#');
        out.computeIfAbsent(key.substring(0, hash), k -> new ArrayList<>())
            .add(Integer.parseInt(key.substring(hash + 1)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SourceRecord record(int number) {
    return records.stream().filter(r -> r.origin().recordNumber() == number).findFirst()
        .orElseThrow(() -> new AssertionError("no record " + number + "; problems: " + problems));
  }

  @Override
  public void record(SourceRecord record) {
    records.add(record);
  }

  @Override
  public void problem(ParseProblem problem) {
    problems.add(problem);
  }
}
