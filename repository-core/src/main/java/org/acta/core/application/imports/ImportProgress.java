package org.acta.core.application.imports;

/**
 * Where the import of one file stands, as stored (readable while the import runs).
 *
 * @param importFileId id of the file's import
 * @param batchId the batch the file belongs to
 * @param fileName base name of the file
 * @param status {@code queued}, {@code running}, {@code finished} or {@code failed}
 * @param format detected format, null until detected or when not recognised
 * @param charset detected charset, null for spreadsheets or until detected
 * @param recordsTotal records in the file, null until counted
 * @param recordsRead records handled so far (stored, already known, or dropped)
 * @param recordsNew records stored for the first time
 * @param recordsKnown records already stored from an earlier file (re-import, overlapping export)
 * @param recordsDropped records that could not be read
 * @param problems problems reported so far, warnings included
 * @param failure why the import failed, or null
 */
public record ImportProgress(
    long importFileId,
    long batchId,
    String fileName,
    String status,
    String format,
    String charset,
    Integer recordsTotal,
    int recordsRead,
    int recordsNew,
    int recordsKnown,
    int recordsDropped,
    int problems,
    String failure) {

  /** Status of an import that has not started. */
  public static final String QUEUED = "queued";
  /** Status of an import under way (or interrupted by a stop, to be resumed). */
  public static final String RUNNING = "running";
  /** Status of an import that read its file to the end. */
  public static final String FINISHED = "finished";
  /** Status of an import that stopped on an error it cannot recover from. */
  public static final String FAILED = "failed";

  /** True once the import will not change any more. */
  public boolean done() {
    return FINISHED.equals(status) || FAILED.equals(status);
  }
}
