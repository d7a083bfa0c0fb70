package org.acta.deploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;

/**
 * Reads every export file of an offline run, telling the user per file which format and charset
 * were detected, and naming every file or record that could not be read.
 */
final class HarvestRun {
  private final List<SourceRecord> records = new ArrayList<>();
  private boolean complete = true;

  private HarvestRun() {}

  static HarvestRun readAll(List<Path> files, PrintWriter err, boolean quiet) {
    HarvestRun run = new HarvestRun();
    Harvester harvester = new Harvester();
    for (Path file : files) {
      run.readOne(harvester, file, err, quiet);
    }
    return run;
  }

  private void readOne(Harvester harvester, Path file, PrintWriter err, boolean quiet) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      err.printf("%s: cannot read: no such readable file%n", file);
      complete = false;
      return;
    }
    RecordSink sink = new RecordSink() {
      @Override
      public void record(SourceRecord r) {
        records.add(r);
      }

      @Override
      public void problem(ParseProblem p) {
        // A dropped record or a problem with the whole file (unrecognised, truncated) means the
        // run did not read everything; a warning on a kept record does not.
        if (p.fatalForRecord() || p.fileIncomplete()) {
          complete = false;
        }
        err.println(p.describe());
      }
    };
    try {
      FileReport report = harvester.read(file, sink);
      if (!quiet && report.recognized()) {
        err.println(report.summary());
      }
    } catch (IOException e) {
      complete = false;
      err.printf("%s: cannot read: %s%n", file, e.getMessage());
    }
  }

  List<SourceRecord> records() {
    return records;
  }

  /** True when every file was recognised and read to its end, and no record was dropped. */
  boolean complete() {
    return complete;
  }
}
