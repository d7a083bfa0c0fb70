package org.acta.core.application.work;

import java.util.List;
import java.util.Map;

/**
 * A source record of a work as imported, with what the engine made of it.
 *
 * @param recordId database id (what a split names)
 * @param batchId the import batch that first read it
 * @param database WOS, EI, CNKI or OTHER
 * @param naturalKey the database's own id (WoS UT, EI accession, CNKI file name) or a text hash
 * @param fileName the export file it was first read from
 * @param recordNumber 1-based position in that file
 * @param firstLine first line of the record in the file
 * @param lastLine last line
 * @param format the detected export format
 * @param verbatimText the record's text exactly as read
 * @param normalised the record's fields as the engine compares them (one table column names)
 * @param authors the author names as the record lists them
 * @param readings every other place the record was read (re-imports, overlapping exports)
 */
public record WorkSource(
    long recordId,
    long batchId,
    String database,
    String naturalKey,
    String fileName,
    int recordNumber,
    int firstLine,
    int lastLine,
    String format,
    String verbatimText,
    Map<String, String> normalised,
    List<String> authors,
    List<Reading> readings) {

  public WorkSource {
    normalised = Map.copyOf(normalised);
    authors = List.copyOf(authors);
    readings = List.copyOf(readings);
  }

  /**
   * Another reading of the record.
   *
   * @param batchId the import batch
   * @param fileName the file
   * @param recordNumber position in the file
   * @param firstLine first line
   * @param lastLine last line
   * @param sameText whether its text equals the stored record's
   */
  public record Reading(long batchId, String fileName, int recordNumber, int firstLine,
      int lastLine, boolean sameText) {}
}
