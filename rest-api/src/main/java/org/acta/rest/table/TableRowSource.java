package org.acta.rest.table;

import java.io.IOException;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.application.pipeline.TableRowSink;

/**
 * The rows one file answer carries, read once, in order, while the answer is written. The
 * writers depend on this and not on the database so they can be tested on their own.
 */
@FunctionalInterface
public interface TableRowSource {

  /** Hands every row to the sink, in order. */
  void forEach(TableRowSink sink) throws IOException;

  /** The rows changed after {@code since} that pass the filter, streamed from the database. */
  static TableRowSource changedSince(TableQuery query, long since, TableFilter filter) {
    return sink -> query.forEachChangedSince(since, filter, sink);
  }
}
