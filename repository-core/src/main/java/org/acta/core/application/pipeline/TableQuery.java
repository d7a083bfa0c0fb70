package org.acta.core.application.pipeline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.matching.pipeline.TableRow;

/**
 * Reads the one table for HR's incremental pulls: rows with a version above {@code since}, in
 * (version, row id) order, a page at a time. The cursor is the last row's {@code version:row_id},
 * so a page boundary inside one version loses nothing and repeats nothing.
 */
public final class TableQuery {
  /** The most rows one page may hold. */
  public static final int MAX_LIMIT = 10_000;
  /**
   * Rows MariaDB Connector/J fetches per round trip of a streamed read: any positive fetch size
   * makes it stream the result instead of reading all of it into memory first.
   */
  static final int STREAM_FETCH_SIZE = 2_000;

  private final DataSource dataSource;

  public TableQuery(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * A page of rows changed after {@code since}.
   *
   * @param since the highest version the client has seen (0 for a full pull)
   * @param cursor the previous page's {@link TablePage#nextCursor()}, or null for the first page
   * @param limit rows per page, 1 to {@link #MAX_LIMIT}
   * @throws IllegalArgumentException for a malformed cursor or limit
   */
  public TablePage changedSince(long since, String cursor, int limit) {
    return changedSince(since, cursor, limit, TableFilter.NONE);
  }

  /** The table's change sequence now: a pull that has seen it has seen everything. */
  public long currentVersion() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT value FROM change_sequence WHERE name = 'table_row'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the table's version: " + e.getMessage(), e);
    }
  }

  /**
   * Hands every row changed after {@code since} that passes the filter to {@code sink}, in
   * (version, row id) order, from one streamed query: one round trip per {@value
   * #STREAM_FETCH_SIZE} rows and no more than those in memory, whatever the table's size. The
   * rows and the returned version come from one consistent snapshot, so a pipeline run that
   * commits meanwhile is either wholly in the pull or wholly out of it.
   *
   * @return the table's version of that snapshot (the next {@code since} of a client that has
   *     read every row)
   * @throws IOException when the sink throws it; the read stops there
   */
  public long forEachChangedSince(long since, TableFilter filter, TableRowSink sink)
      throws IOException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        long tableVersion = version(c);
        // Unfiltered, nearly every row matches and MariaDB would rather scan the table and sort
        // it all before the first row (6 s for 500 000 rows, the answer silent meanwhile); in
        // index order the first rows leave at once and the sort is not needed. A filter (a
        // unit, a year) has no index of its own, so there scan and sort of the few matching
        // rows stay the cheaper plan.
        String index = filter.sql().isEmpty() ? " FORCE INDEX (ix_table_row_version)" : "";
        try (PreparedStatement ps = c.prepareStatement(TableRowStore.select() + index
                + " WHERE version > ?" + filter.sql() + " ORDER BY version, row_id",
            ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
          ps.setFetchSize(STREAM_FETCH_SIZE);
          int i = 1;
          ps.setLong(i++, since);
          for (Object value : filter.parameters()) {
            ps.setObject(i++, value);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              sink.accept(TableRowStore.read(rs));
            }
          }
        }
        return tableVersion;
      } finally {
        // read only: nothing to keep; ending the snapshot frees the connection for the pool,
        // which gets it back in autocommit as it lent it
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the table: " + e.getMessage(), e);
    }
  }

  private static long version(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT value FROM change_sequence WHERE name = 'table_row'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * A page of the rows changed after {@code since} that pass the filter; see {@link
   * #changedSince(long, String, int)}.
   */
  public TablePage changedSince(long since, String cursor, int limit, TableFilter filter) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    long afterVersion = since;
    String afterRow = null;
    if (cursor != null && !cursor.isBlank()) {
      int colon = cursor.indexOf(':');
      try {
        afterVersion = Long.parseLong(cursor.substring(0, colon));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("malformed cursor: " + cursor);
      }
      afterRow = cursor.substring(colon + 1);
    }
    // One statement, one round trip: the table's version and the page's rows come from the same
    // read view (InnoDB gives each statement of an autocommit connection one consistent
    // snapshot), so they agree without a transaction and an isolation change per page. The
    // version is the last column; a page with no rows still has the version's one row, whose row
    // columns are NULL. The rows are picked and limited inside, on the (version, row_id) index.
    String sql = "SELECT r.*, v.value FROM"
        + " (SELECT value FROM change_sequence WHERE name = 'table_row') v LEFT JOIN ("
        + TableRowStore.select()
        + (afterRow == null ? " WHERE version > ?"
            : " WHERE (version > ? OR (version = ? AND row_id > ?))")
        + filter.sql()
        + " ORDER BY version, row_id LIMIT ?) r ON TRUE ORDER BY r.version, r.row_id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (!c.getAutoCommit()) {
        // a pooled connection its last user left outside autocommit: this ends any transaction
        // it kept open, whose older snapshot the statement would otherwise read
        c.setAutoCommit(true);
      }
      int i = 1;
      ps.setLong(i++, afterVersion);
      if (afterRow != null) {
        ps.setLong(i++, afterVersion);
        ps.setString(i++, afterRow);
      }
      for (Object value : filter.parameters()) {
        ps.setObject(i++, value);
      }
      ps.setInt(i, limit + 1);
      long tableVersion = 0;
      List<TableRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tableVersion = rs.getLong(TableRow.COLUMNS.size() + 1);
          if (rs.getString(1) != null) {
            rows.add(TableRowStore.read(rs));
          }
        }
      }
      String next = null;
      if (rows.size() > limit) {
        rows = rows.subList(0, limit);
        TableRow last = rows.get(limit - 1);
        next = last.version() + ":" + last.rowId();
      }
      return new TablePage(List.copyOf(rows), next, tableVersion);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the table: " + e.getMessage(), e);
    }
  }
}
