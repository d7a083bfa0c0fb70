package org.acta.rest.dto;

/**
 * A record or file that could not be read completely.
 *
 * @param recordNumber 1-based record number, 0 for the whole file
 * @param line 1-based line, 0 when unknown
 * @param field the tag or column concerned
 * @param reason what is wrong
 * @param fatal true when the record was dropped, false when kept with a warning
 */
public record ImportProblemDto(int recordNumber, int line, String field, String reason,
    boolean fatal) {}
