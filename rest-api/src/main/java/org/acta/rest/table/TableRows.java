package org.acta.rest.table;

import java.util.function.Consumer;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.core.application.pipeline.TablePage;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.matching.pipeline.TableRow;

/** Every matching row, read a keyset page at a time so memory stays bounded at any table size. */
final class TableRows {

  /** Rows per database round trip. */
  static final int PAGE = TableQuery.MAX_LIMIT;

  private TableRows() {}

  static void forEach(TableQuery query, long since, TableFilter filter, Consumer<TableRow> sink) {
    String cursor = null;
    do {
      TablePage page = query.changedSince(since, cursor, PAGE, filter);
      page.rows().forEach(sink);
      cursor = page.nextCursor();
    } while (cursor != null);
  }
}
