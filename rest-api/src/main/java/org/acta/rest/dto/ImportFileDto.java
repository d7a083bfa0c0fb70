package org.acta.rest.dto;

import java.util.List;

/**
 * One file of an import and where it stands.
 *
 * @param id the file's import id
 * @param fileName the file's name (records' source keys are {@code fileName#n})
 * @param status {@code queued}, {@code running}, {@code finished} or {@code failed}
 * @param format detected format
 * @param charset detected charset
 * @param recordsTotal records in the file, null until counted
 * @param recordsRead records handled so far
 * @param recordsNew records stored for the first time
 * @param recordsKnown records that were already stored (re-import, overlapping export)
 * @param recordsDropped records that could not be read
 * @param problemCount all problems so far, warnings included
 * @param failure why the import failed, if it did
 * @param problems the first problems, in file order
 */
public record ImportFileDto(
    long id,
    String fileName,
    String status,
    String format,
    String charset,
    Integer recordsTotal,
    int recordsRead,
    int recordsNew,
    int recordsKnown,
    int recordsDropped,
    int problemCount,
    String failure,
    List<ImportProblemDto> problems) {}
