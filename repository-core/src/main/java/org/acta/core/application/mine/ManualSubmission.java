package org.acta.core.application.mine;

import java.time.Instant;

/**
 * A publication a person added by hand, as stored.
 *
 * @param id the source record's id
 * @param workId the work it belongs to once the pipeline ran, else null
 */
public record ManualSubmission(long id, String title, Integer year, String journal, String doi,
    Instant submittedAt, String workId) {}
