package org.acta.harvest.parse.tagged;

import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;

/**
 * Reports problems of one record to the sink with the file name and record number filled in, so
 * mapping code only says what is wrong and where.
 */
public final class Problems {
  private final RecordSink sink;
  private final String fileName;
  private final int recordNumber;

  public Problems(RecordSink sink, String fileName, int recordNumber) {
    this.sink = sink;
    this.fileName = fileName;
    this.recordNumber = recordNumber;
  }

  /** The record is kept; something in it could not be read as expected. */
  public void warn(int line, String field, String reason) {
    sink.problem(new ParseProblem(fileName, recordNumber, line, field, reason, false));
  }

  /** The record is dropped. */
  public void drop(int line, String field, String reason) {
    sink.problem(new ParseProblem(fileName, recordNumber, line, field, reason, true));
  }
}
