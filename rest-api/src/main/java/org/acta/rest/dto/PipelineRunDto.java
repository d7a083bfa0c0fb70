package org.acta.rest.dto;

/**
 * What a pipeline run did (see the repository's {@code PipelineRunReport}).
 *
 * @param records source records read
 * @param works works formed
 * @param worksCreated works new to the database
 * @param worksWithdrawn stored works that no longer exist
 * @param membersMoved records that joined or changed work
 * @param reviewItems author positions sent to review
 * @param rowsChanged table rows added or changed
 * @param rowsDeleted table rows marked deleted
 * @param version the table's change sequence after the run
 * @param millis duration
 * @param worksRecomputed works attributed and written (all in a full run)
 */
public record PipelineRunDto(int records, int works, int worksCreated, int worksWithdrawn,
    int membersMoved, int reviewItems, int rowsChanged, int rowsDeleted, long version,
    long millis, int worksRecomputed) {}
