package org.acta.harvest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.acta.harvest.detect.Detection;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.detect.FormatDetector;
import org.acta.harvest.detect.UnrecognizedFormatException;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.sheet.SheetReader;
import org.acta.matching.model.SourceRecord;

/**
 * The one entry point for reading export files: sniffs the charset, detects the format from the
 * content, picks the {@link RecordParser} registered for it (through {@link ServiceLoader},
 * {@code META-INF/services/org.acta.harvest.parse.RecordParser}), streams the records to the sink
 * and reports what happened. One bad record never stops a file; an unrecognised file is a
 * report, not an exception. Thread-safe: parsers are stateless.
 */
public final class Harvester {
  /** Problems kept in a {@link FileReport} (all are passed to the sink and counted). */
  public static final int MAX_KEPT_PROBLEMS = 1000;

  private final FormatDetector detector = new FormatDetector();
  private final Map<ExportFormat, RecordParser> parsers = new EnumMap<>(ExportFormat.class);

  /** A harvester with every parser found on the class path. */
  public Harvester() {
    this(ServiceLoader.load(RecordParser.class, Harvester.class.getClassLoader()));
  }

  /** A harvester with the given parsers (the first registered for a format wins). */
  public Harvester(Iterable<? extends RecordParser> available) {
    for (RecordParser p : available) {
      for (ExportFormat f : p.formats()) {
        parsers.putIfAbsent(f, p);
      }
    }
  }

  /** The formats some installed parser reads. */
  public java.util.Set<ExportFormat> supportedFormats() {
    return java.util.Collections.unmodifiableSet(parsers.keySet());
  }

  /** Detects the format only. */
  public Detection detect(Path file) throws IOException {
    return detector.detect(file);
  }

  /**
   * Reads {@code file} into {@code sink}.
   *
   * @throws IOException only when the file itself cannot be read (missing, unreadable)
   */
  public FileReport read(Path file, RecordSink sink) throws IOException {
    String name = file.getFileName().toString();
    Detection detection;
    try {
      detection = detector.detect(file);
    } catch (UnrecognizedFormatException e) {
      ParseProblem p = new ParseProblem(name, 0, 0, null, e.getMessage(), true);
      sink.problem(p);
      return new FileReport(name, null, null, e.why(), 0, 0, 1, List.of(p));
    }
    Counting counting = new Counting(sink);
    RecordParser parser = parsers.get(detection.format());
    if (parser == null) {
      counting.problem(new ParseProblem(name, 0, 0, null, "recognised as "
          + detection.format().displayName() + " but no parser for it is installed", true));
    } else {
      ExportInput input = new ExportInput(file, name, detection.format(), detection.charset(),
          detection.bomLength());
      try {
        parser.parse(input, counting);
      } catch (SheetReader.SheetException e) {
        // The container is damaged (a half-downloaded .xlsx): a problem, not a crash.
        counting.problem(new ParseProblem(name, 0, 0, null, e.getMessage(), true));
      }
    }
    return new FileReport(name, detection.format(), detection.charset(), detection.reason(),
        counting.records, counting.dropped, counting.problemCount, counting.kept);
  }

  /** Passes everything on and counts it. */
  private static final class Counting implements RecordSink {
    private final RecordSink target;
    private final List<ParseProblem> kept = new ArrayList<>();
    private int records;
    private int dropped;
    private int problemCount;

    Counting(RecordSink target) {
      this.target = target;
    }

    @Override
    public void record(SourceRecord record) {
      records++;
      target.record(record);
    }

    @Override
    public void problem(ParseProblem problem) {
      problemCount++;
      if (problem.fatalForRecord() && problem.recordNumber() > 0) {
        dropped++;
      }
      if (kept.size() < MAX_KEPT_PROBLEMS) {
        kept.add(problem);
      }
      target.problem(problem);
    }
  }
}
