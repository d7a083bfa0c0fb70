package org.acta.core.application.mine;

import org.acta.matching.pipeline.TableRow;

/**
 * One of a person's rows of the one table.
 *
 * @param row the row exactly as HR gets it
 * @param decisionVersion the version of the row's author position in the decision log (0 when
 *     nobody decided it yet): the {@code expectedVersion} of the next decision
 */
public record MyPublication(TableRow row, long decisionVersion) {

  /** The decision log's item for the row's author position. */
  static String itemKey(TableRow row) {
    return "authorship:" + row.workId() + "#" + row.authorRank();
  }
}
