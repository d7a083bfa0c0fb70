package org.acta.core.application.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.acta.core.domain.shared.Sha256;
import org.acta.matching.pipeline.TableRow;

/**
 * Reads and writes rows of the materialised one table ({@code table_row}). Column names are the
 * contract's ({@link TableRow#COLUMNS}); the content hash covers every column but {@code version}
 * and {@code deleted}, so a re-run can tell a changed row from an unchanged one.
 */
public final class TableRowStore {
  /** The contract's columns without the two the store sets itself. */
  private static final List<String> CONTENT = TableRow.COLUMNS.subList(0, 33);
  private static final String COLUMN_LIST = String.join(", ", TableRow.COLUMNS);

  private TableRowStore() {}

  /** The hash of a row's content (everything but version and deleted). */
  static String contentHash(TableRow row) {
    List<String> values = row.values().subList(0, CONTENT.size());
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      sb.append(v == null ? "\u0001" : v).append('\u0000');
    }
    return Sha256.hex(sb.toString());
  }

  /** Inserts the row, or replaces the stored row with the same id, at {@code version}. */
  static PreparedStatement upsert(Connection c) throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO table_row (").append(COLUMN_LIST)
        .append(", content_sha256) VALUES (");
    sql.append("?, ".repeat(TableRow.COLUMNS.size())).append("?) ON DUPLICATE KEY UPDATE ");
    List<String> updates = new ArrayList<>();
    for (String col : TableRow.COLUMNS.subList(1, TableRow.COLUMNS.size())) {
      updates.add(col + " = VALUES(" + col + ")");
    }
    updates.add("content_sha256 = VALUES(content_sha256)");
    sql.append(String.join(", ", updates));
    return c.prepareStatement(sql.toString());
  }

  static void bind(PreparedStatement ps, TableRow r, long version, String hash)
      throws SQLException {
    int i = 1;
    ps.setString(i++, r.rowId());
    ps.setString(i++, r.workId());
    ps.setString(i++, r.personId());
    ps.setString(i++, r.personName());
    ps.setString(i++, r.personKind());
    ps.setString(i++, r.unitId());
    ps.setInt(i++, r.authorRank());
    ps.setBoolean(i++, r.firstAuthor());
    ps.setBoolean(i++, r.corresponding());
    ps.setBoolean(i++, r.firstAffiliationIsInstitution());
    ps.setString(i++, r.title());
    ps.setString(i++, r.titleAlt());
    ps.setString(i++, r.sourceTitle());
    ps.setString(i++, r.issn());
    ps.setString(i++, r.eissn());
    if (r.year() == null) {
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, r.year());
    }
    ps.setString(i++, r.volume());
    ps.setString(i++, r.issue());
    ps.setString(i++, r.pages());
    ps.setString(i++, r.doi());
    ps.setString(i++, r.documentType());
    ps.setString(i++, r.language());
    ps.setString(i++, r.indexedIn());
    ps.setString(i++, r.wosUt());
    ps.setString(i++, r.eiAccession());
    ps.setString(i++, r.cnkiId());
    ps.setString(i++, r.jcrQuartile());
    ps.setString(i++, r.impactFactor());
    ps.setString(i++, r.esiField());
    ps.setBoolean(i++, r.esiHighlyCited());
    ps.setBoolean(i++, r.esiHot());
    ps.setString(i++, r.status());
    ps.setBigDecimal(i++, BigDecimal.valueOf(r.confidence()).setScale(6, RoundingMode.HALF_UP));
    ps.setLong(i++, version);
    ps.setBoolean(i++, r.deleted());
    ps.setString(i, hash);
  }

  /** {@code SELECT} of every contract column, to be completed with a condition. */
  static String select() {
    return "SELECT " + COLUMN_LIST + " FROM table_row";
  }

  /**
   * The row at the result set's cursor, whose first columns are the contract's in {@link
   * TableRow#COLUMNS} order (as {@link #select()} lists them).
   */
  public static TableRow read(ResultSet rs) throws SQLException {
    int year = rs.getInt(16);
    Integer y = rs.wasNull() ? null : year;
    return new TableRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9),
        rs.getBoolean(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
        rs.getString(15), y, rs.getString(17), rs.getString(18), rs.getString(19),
        rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24),
        rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28), rs.getString(29),
        rs.getBoolean(30), rs.getBoolean(31), rs.getString(32),
        rs.getBigDecimal(33).doubleValue(), rs.getLong(34), rs.getBoolean(35));
  }

  /** The live (not deleted) rows of one work, by author rank: what HR gets about it. */
  public static List<TableRow> rowsOfWork(Connection c, String workKey) throws SQLException {
    List<TableRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        select() + " WHERE work_id = ? AND deleted = FALSE ORDER BY author_rank, row_id")) {
      ps.setString(1, workKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }
}
