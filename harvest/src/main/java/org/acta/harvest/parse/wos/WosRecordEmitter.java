package org.acta.harvest.parse.wos;

import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.RecordOrigin;

/** Maps one record's fields and hands the record, or the reason it is unusable, to the sink. */
final class WosRecordEmitter {
  private WosRecordEmitter() {}

  static void emit(String fileName, String format, WosFields fields, int recordNumber,
      int firstLine, int lastLine, String verbatim, RecordSink sink) {
    RecordOrigin origin = new RecordOrigin(fileName, recordNumber, firstLine, lastLine, verbatim);
    try {
      sink.record(WosRecordMapper.map(fields, origin, format, (field, reason) -> sink.problem(
          new ParseProblem(fileName, recordNumber, firstLine, field, reason, false))));
    } catch (WosRecordMapper.UnusableRecordException e) {
      sink.problem(new ParseProblem(fileName, recordNumber, firstLine, null, e.getMessage(), true));
    } catch (RuntimeException e) {
      // A bug or an input we did not foresee: lose this record, not the file.
      sink.problem(new ParseProblem(fileName, recordNumber, firstLine, null,
          "could not be read (" + e + ")", true));
    }
  }
}
