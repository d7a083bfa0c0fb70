package org.acta.core.application.pipeline;

/**
 * What a pipeline run over the database did.
 *
 * @param records source records read from the database
 * @param works works the engine formed
 * @param worksCreated works stored for the first time
 * @param worksWithdrawn stored works that no longer exist (their records went elsewhere)
 * @param membersMoved source records that joined a work or changed work
 * @param reviewItems author positions sent to review (of the works this run recomputed)
 * @param rowsChanged table rows added or changed (given the new version)
 * @param rowsDeleted table rows marked deleted
 * @param version the table's change sequence after the run
 * @param millis duration of the run
 * @param worksRecomputed works attributed and written by this run (all of them in a full run;
 *     those new or changed records or decisions touch in an incremental one)
 */
public record PipelineRunReport(
    int records,
    int works,
    int worksCreated,
    int worksWithdrawn,
    int membersMoved,
    int reviewItems,
    int rowsChanged,
    int rowsDeleted,
    long version,
    long millis,
    int worksRecomputed) {

  /** One line for a log. */
  public String summary() {
    return records + " records → " + works + " works (" + worksCreated + " new, " + worksWithdrawn
        + " withdrawn, " + membersMoved + " records moved), " + reviewItems + " review items, "
        + rowsChanged + " rows changed, " + rowsDeleted + " deleted, table version " + version
        + ", " + worksRecomputed + " works recomputed, " + millis + " ms";
  }
}
