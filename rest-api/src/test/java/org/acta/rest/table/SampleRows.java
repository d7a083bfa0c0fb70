package org.acta.rest.table;

import java.util.ArrayList;
import java.util.List;
import org.acta.matching.pipeline.TableRow;

/** Rows of the one table for the writers' tests: text that needs quoting, nulls, Chinese. */
final class SampleRows {

  private SampleRows() {}

  static TableRow row(int i) {
    return new TableRow("r" + i, "w" + i, "p" + i, i % 2 == 0 ? "王晓明" : null, "staff", "U1",
        1 + i % 3, i % 2 == 0, false, true, "Oxide \"cathodes\", part " + i + "\n合成研究", null,
        "Journal of Synthetic Materials", "1234-5678", null, i % 4 == 0 ? null : 2019 + i % 5,
        "12", "3", "100-110", "10.9999/s." + i, "article", "en", "SCIE;EI", "WOS:" + i, null,
        null, "Q1", null, null, false, i % 7 == 0, "auto", 0.912345, 40 + i, i % 9 == 0);
  }

  static List<TableRow> rows(int count) {
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(row(i));
    }
    return rows;
  }

  static TableRowSource source(List<TableRow> rows) {
    return sink -> {
      for (TableRow row : rows) {
        sink.accept(row);
      }
    };
  }
}
