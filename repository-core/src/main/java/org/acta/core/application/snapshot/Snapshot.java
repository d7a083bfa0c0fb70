package org.acta.core.application.snapshot;

import java.time.Instant;

/**
 * A frozen copy of the one table.
 *
 * @param id the snapshot's id
 * @param name its unique name, e.g. {@code assessment-2021-2025}
 * @param yearFrom first publication year included, or null for no lower bound
 * @param yearTo last publication year included, or null for no upper bound
 * @param tableVersion the table's change sequence it was taken at
 * @param rowCount rows frozen
 * @param createdBy who froze it
 * @param createdAt when
 */
public record Snapshot(long id, String name, Integer yearFrom, Integer yearTo, long tableVersion,
    int rowCount, String createdBy, Instant createdAt) {}
