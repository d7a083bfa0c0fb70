package org.acta.harvest.sheet;

import java.util.List;

/** Receives the rows of the first sheet in order. */
@FunctionalInterface
public interface RowHandler {
  /**
   * One row.
   *
   * @param rowNumber 1-based row number in the sheet (empty rows are skipped, numbers are not
   *     renumbered)
   * @param cells the cell texts, left to right, {@code ""} for empty cells
   * @return false to stop reading
   */
  boolean row(int rowNumber, List<String> cells);
}
