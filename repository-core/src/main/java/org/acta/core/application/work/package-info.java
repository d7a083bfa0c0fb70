/**
 * The work screen's side of the repository: one work read whole (merged fields with provenance,
 * source records verbatim, authorships with evidence, the table rows HR gets, the history of
 * decisions), works found by title or DOI, and the curation calls (merge, split, undo).
 */
package org.acta.core.application.work;
