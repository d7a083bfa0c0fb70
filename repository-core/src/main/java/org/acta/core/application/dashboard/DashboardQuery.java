package org.acta.core.application.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.core.application.pipeline.TableFilter;

/**
 * The dashboard's counts, read from {@code table_row} in the database under the same filters as
 * HR's pulls: one forward-only pass over a narrow covering index in work order
 * ({@code ix_table_row_dashboard}), counted by {@link DashboardTally}. The browser no longer loads
 * the table to count it.
 *
 * <p>Why not one {@code COUNT(DISTINCT work_id) ... GROUP BY} per group: on 500 000 rows MariaDB
 * 10.11 answered each such query in 4-49 s (a filesort and a distinct-tree per group), against
 * about 1.5 s for the one ordered pass that serves every group at once, sub-units rolled up
 * included (docs/benchmarks.md, "Dashboard aggregates").
 */
public final class DashboardQuery {
  /** Rows fetched per round trip; any positive fetch size makes Connector/J stream the result. */
  private static final int FETCH_SIZE = 5_000;

  private final DataSource dataSource;

  public DashboardQuery(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The counts of the live rows that pass {@code filter}. */
  public Dashboard count(TableFilter filter) {
    try (Connection c = dataSource.getConnection()) {
      // one snapshot: the version, the unit tree and the rows agree with each other
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        long version = version(c);
        DashboardTally tally = new DashboardTally(UnitTree.read(c));
        try (PreparedStatement ps = c.prepareStatement("SELECT work_id, person_id, unit_id,"
                + " year, indexed_in, jcr_quartile, is_first_author, is_corresponding"
                + " FROM table_row WHERE deleted = FALSE" + filter.sql()
                + " ORDER BY work_id",
            ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
          ps.setFetchSize(FETCH_SIZE);
          int i = 1;
          for (Object value : filter.parameters()) {
            ps.setObject(i++, value);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              int year = rs.getInt(4);
              Integer rowYear = rs.wasNull() ? null : year; // before the next column is read
              tally.row(rs.getString(1), rs.getString(2), rs.getString(3), rowYear,
                  rs.getString(5), rs.getString(6),
                  rs.getBoolean(7), rs.getBoolean(8));
            }
          }
        }
        return tally.result(version);
      } finally {
        c.rollback(); // read only
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the table: " + e.getMessage(), e);
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
}
