package org.acta.harvest.parse;

import java.io.IOException;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;

/**
 * Reads one family of export formats into source records, streaming: memory does not grow with
 * the file. A malformed record is reported to the sink and reading goes on. Parsers are
 * stateless and shared; patterns are {@code static final}.
 */
public interface RecordParser {
  /** The formats this parser reads. */
  Set<ExportFormat> formats();

  /**
   * Streams every record of {@code input} to {@code sink}. Records are numbered from 1 in file
   * order; a record that cannot be read still consumes its number, so that source keys stay
   * the positions of the records in the file.
   *
   * @throws IOException only when the file itself cannot be read
   */
  void parse(ExportInput input, RecordSink sink) throws IOException;
}
