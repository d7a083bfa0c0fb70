package org.acta.harvest.parse.tagged;

import java.io.BufferedReader;
import java.io.IOException;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.text.LineReader;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;

/**
 * The reading loop shared by the tagged formats: cut records with the format's grammar, map
 * each to a {@link SourceRecord}, report truncated records, stray lines and records that fail to
 * map, and go on.
 */
public abstract class AbstractTaggedParser implements RecordParser {

  /** The grammar of the format. */
  protected abstract LineGrammar grammar();

  /**
   * Maps one raw record; returns null to drop it (after reporting why through {@code problems}).
   * The builder arrives with origin, source and format set.
   */
  protected abstract SourceRecord map(RawRecord raw, SourceRecord.Builder builder, Problems problems);

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    try (BufferedReader reader = input.openReader()) {
      TaggedRecordReader records = new TaggedRecordReader(new LineReader(reader), grammar());
      RawRecord raw;
      while ((raw = records.next()) != null) {
        Problems problems = new Problems(sink, input.fileName(), raw.number());
        if (!raw.terminated()) {
          problems.warn(raw.lastLine(), ParseProblem.END_OF_FILE,
              "the record has no end line; the file may be truncated");
        }
        SourceRecord record;
        try {
          SourceRecord.Builder builder = SourceRecord.builder()
              .origin(new RecordOrigin(input.fileName(), raw.number(), raw.firstLine(),
                  raw.lastLine(), raw.verbatim()))
              .source(input.format().source())
              .format(input.format().name());
          record = map(raw, builder, problems);
        } catch (RuntimeException e) {
          problems.drop(raw.firstLine(), null, "record could not be read: " + e);
          continue;
        }
        if (record != null) {
          sink.record(record);
        }
      }
      if (records.strayLines() > 0) {
        sink.problem(new ParseProblem(input.fileName(), 0, records.firstStrayLine(), null,
            records.strayLines() + " line(s) outside any record were ignored", false));
      }
    }
  }
}
