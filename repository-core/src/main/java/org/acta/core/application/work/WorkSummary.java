package org.acta.core.application.work;

/**
 * A work as the merge picker lists it.
 *
 * @param workId the work's stable id (the one table's {@code work_id})
 * @param title its merged title
 * @param doi its DOI
 * @param year its year
 * @param records how many source records it has
 */
public record WorkSummary(String workId, String title, String doi, Integer year, int records) {}
