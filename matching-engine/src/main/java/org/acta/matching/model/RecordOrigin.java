package org.acta.matching.model;

import java.util.Objects;

/**
 * Where a record came from: the file, its 1-based position in the file, the lines it spans and
 * its verbatim text, untouched, so that every derived value can be traced back and rebuilt.
 *
 * @param fileName base name of the export file
 * @param recordNumber 1-based position of the record in its file
 * @param firstLine 1-based first line of the record in the decoded file
 * @param lastLine 1-based last line of the record
 * @param verbatim the record's text exactly as read (after charset decoding)
 */
public record RecordOrigin(
    String fileName, int recordNumber, int firstLine, int lastLine, String verbatim) {

  public RecordOrigin {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(verbatim, "verbatim");
    if (recordNumber < 1) {
      throw new IllegalArgumentException("recordNumber must be 1-based: " + recordNumber);
    }
  }

  /** The key of the offline contract: {@code <file base name>#<n>}. */
  public String sourceKey() {
    return fileName + "#" + recordNumber;
  }
}
