package org.acta.harvest;

import java.util.ArrayList;
import java.util.List;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;

/** Keeps everything a parser emits, for assertions. */
public final class CollectingSink implements RecordSink {
  public final List<SourceRecord> records = new ArrayList<>();
  public final List<ParseProblem> problems = new ArrayList<>();

  @Override
  public void record(SourceRecord record) {
    records.add(record);
  }

  @Override
  public void problem(ParseProblem problem) {
    problems.add(problem);
  }

  public List<ParseProblem> fatal() {
    return problems.stream().filter(ParseProblem::fatalForRecord).toList();
  }
}
