package org.acta.harvest.parse;

import org.acta.matching.model.SourceRecord;

/** Receives records and problems as a parser streams through a file. */
public interface RecordSink {
  void record(SourceRecord record);

  void problem(ParseProblem problem);
}
