package org.acta.core.application.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.application.pipeline.TableRowStore;
import org.acta.matching.pipeline.TableRow;

/**
 * Freezes the one table for an assessment period, lists the snapshots, and compares two. A
 * snapshot copies the rows (not deleted) of works published in the period, in one transaction
 * that holds the table's change sequence, so it is exactly the table at one version.
 */
public final class SnapshotService {
  /** The table's columns plus its content hash, as both tables name them. */
  private static final String COLUMNS = String.join(", ", TableRow.COLUMNS) + ", content_sha256";

  private final DataSource dataSource;

  public SnapshotService(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Freezes the table's rows of works published in {@code yearFrom..yearTo} (either bound may
   * be null).
   *
   * @throws IllegalArgumentException when the name is taken
   */
  public Snapshot freeze(String name, Integer yearFrom, Integer yearTo, String actor) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (find(c, name).isPresent()) {
          throw new IllegalArgumentException("a snapshot named " + name + " exists");
        }
        long version;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT value FROM change_sequence WHERE name = 'table_row' FOR UPDATE");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          version = rs.getLong(1);
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO table_snapshot (name, year_from, year_to, table_version, row_count,"
                + " created_by) VALUES (?, ?, ?, ?, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, name);
          setInt(ps, 2, yearFrom);
          setInt(ps, 3, yearTo);
          ps.setLong(4, version);
          ps.setString(5, actor);
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        int rows;
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO table_snapshot_row (snapshot_id, " + COLUMNS + ") SELECT ?, " + COLUMNS
                + " FROM table_row WHERE deleted = FALSE AND (? IS NULL OR year >= ?)"
                + " AND (? IS NULL OR year <= ?)")) {
          ps.setLong(1, id);
          setInt(ps, 2, yearFrom);
          setInt(ps, 3, yearFrom);
          setInt(ps, 4, yearTo);
          setInt(ps, 5, yearTo);
          rows = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE table_snapshot SET row_count = ? WHERE id = ?")) {
          ps.setInt(1, rows);
          ps.setLong(2, id);
          ps.executeUpdate();
        }
        c.commit();
        return find(c, name).orElseThrow();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot freeze the table: " + e.getMessage(), e);
    }
  }

  /** Every snapshot, oldest first. */
  public List<Snapshot> list() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(select() + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      List<Snapshot> out = new ArrayList<>();
      while (rs.next()) {
        out.add(read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The snapshot with this id, if there is one. */
  public Optional<Snapshot> find(long snapshotId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(select() + " WHERE id = ?")) {
      ps.setLong(1, snapshotId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The rows of a snapshot, by row id. */
  public List<TableRow> rows(long snapshotId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", TableRow.COLUMNS)
            + " FROM table_snapshot_row WHERE snapshot_id = ? ORDER BY row_id")) {
      ps.setLong(1, snapshotId);
      List<TableRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(TableRowStore.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** What changed from snapshot {@code from} to snapshot {@code to}. */
  public SnapshotDiff diff(long from, long to) {
    try (Connection c = dataSource.getConnection()) {
      List<String> added = ids(c, "SELECT b.row_id FROM table_snapshot_row b"
          + " LEFT JOIN table_snapshot_row a ON a.snapshot_id = ? AND a.row_id = b.row_id"
          + " WHERE b.snapshot_id = ? AND a.row_id IS NULL ORDER BY b.row_id", from, to);
      List<String> removed = ids(c, "SELECT a.row_id FROM table_snapshot_row a"
          + " LEFT JOIN table_snapshot_row b ON b.snapshot_id = ? AND b.row_id = a.row_id"
          + " WHERE a.snapshot_id = ? AND b.row_id IS NULL ORDER BY a.row_id", to, from);
      List<String> changed = ids(c, "SELECT a.row_id FROM table_snapshot_row a"
          + " JOIN table_snapshot_row b ON b.snapshot_id = ? AND b.row_id = a.row_id"
          + " WHERE a.snapshot_id = ? AND a.content_sha256 <> b.content_sha256"
          + " ORDER BY a.row_id", to, from);
      int same;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM table_snapshot_row a"
          + " JOIN table_snapshot_row b ON b.snapshot_id = ? AND b.row_id = a.row_id"
          + " WHERE a.snapshot_id = ? AND a.content_sha256 = b.content_sha256")) {
        ps.setLong(1, to);
        ps.setLong(2, from);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          same = rs.getInt(1);
        }
      }
      return new SnapshotDiff(added, removed, changed, same);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static List<String> ids(Connection c, String sql, long first, long second)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, first);
      ps.setLong(2, second);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static Optional<Snapshot> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(select() + " WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static String select() {
    return "SELECT id, name, year_from, year_to, table_version, row_count, created_by,"
        + " created_at FROM table_snapshot";
  }

  private static Snapshot read(ResultSet rs) throws SQLException {
    return new Snapshot(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
        rs.getObject(4, Integer.class), rs.getLong(5), rs.getInt(6), rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }
}
