package org.acta.core.application.review;

import java.util.Map;

/**
 * One source record of the work under review: as it was read, and as Acta understood it.
 *
 * @param id the source record's id
 * @param sourceDatabase WOS, EI, CNKI, ...
 * @param fileName the export file it came from
 * @param recordNumber its 1-based position in that file
 * @param verbatim the record's text exactly as the file has it
 * @param normalised the parsed fields that matter for the decision (title, source, year, DOI,
 *     the author at the item's position, their affiliations, e-mails, ORCID), in a fixed order
 *     so that sources can be compared field by field
 */
public record ReviewSource(
    long id,
    String sourceDatabase,
    String fileName,
    int recordNumber,
    String verbatim,
    Map<String, String> normalised) {}
