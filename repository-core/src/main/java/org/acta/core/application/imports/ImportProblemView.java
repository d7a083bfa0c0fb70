package org.acta.core.application.imports;

/**
 * A stored per-record (or per-file) problem of an import.
 *
 * @param recordNumber 1-based record number, 0 for the whole file
 * @param line 1-based line, 0 when unknown
 * @param field the tag or column concerned, or null
 * @param reason what is wrong
 * @param fatal true when the record was dropped
 */
public record ImportProblemView(int recordNumber, int line, String field, String reason,
    boolean fatal) {}
