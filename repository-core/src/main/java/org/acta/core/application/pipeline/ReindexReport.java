package org.acta.core.application.pipeline;

/**
 * What a re-index after a list change did.
 *
 * @param works active works indexed
 * @param rowsChecked live table rows looked at
 * @param rowsChanged rows whose indexing columns changed (given the new version)
 * @param version the table's change sequence after the run
 * @param lists the lists used, in words
 */
public record ReindexReport(int works, int rowsChecked, int rowsChanged, long version,
    String lists) {

  public String summary() {
    return works + " works, " + rowsChecked + " rows checked, " + rowsChanged
        + " changed, table version " + version + " (" + lists + ")";
  }
}
