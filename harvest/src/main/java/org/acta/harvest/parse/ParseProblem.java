package org.acta.harvest.parse;

/**
 * A record (or file) that could not be read completely: the reader names the file, the record,
 * the line, the field if there is one, and why. Reading always goes on after a problem.
 *
 * @param fileName base name of the file
 * @param recordNumber 1-based record number, 0 when the problem concerns the whole file
 * @param line 1-based line number in the decoded file, 0 when unknown
 * @param field the tag or column concerned, or null
 * @param reason what is wrong, in words a librarian understands
 * @param fatalForRecord true when the record was dropped, false when it was kept with a warning
 */
public record ParseProblem(
    String fileName, int recordNumber, int line, String field, String reason,
    boolean fatalForRecord) {

  /**
   * The pseudo-field of a problem found at the end of the file: the file stops inside a record
   * (a truncated download). The record may be kept, but the file was not read completely.
   */
  public static final String END_OF_FILE = "end of file";

  /** True when the file was not read to its proper end, or not at all. */
  public boolean fileIncomplete() {
    return recordNumber == 0 || END_OF_FILE.equals(field);
  }

  /** {@code file.txt:123: record 7, field C1: reason}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(fileName);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (recordNumber > 0) {
      sb.append("record ").append(recordNumber);
      if (field != null) {
        sb.append(", field ").append(field);
      }
      sb.append(": ");
    } else if (field != null) {
      sb.append("field ").append(field).append(": ");
    }
    sb.append(reason);
    if (!fatalForRecord && recordNumber > 0) {
      sb.append(" (record kept)");
    }
    return sb.toString();
  }
}
