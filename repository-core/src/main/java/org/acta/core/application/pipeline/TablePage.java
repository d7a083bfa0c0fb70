package org.acta.core.application.pipeline;

import java.util.List;
import org.acta.matching.pipeline.TableRow;

/**
 * One page of an incremental pull of the one table, in (version, row id) order.
 *
 * @param rows the rows, deleted ones included
 * @param nextCursor where the next page starts, null when this page is the last
 * @param tableVersion the table's change sequence when the page was read: a client that has read
 *     every page keeps it as its next {@code since}
 */
public record TablePage(List<TableRow> rows, String nextCursor, long tableVersion) {}
