package org.acta.core.application.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.matching.pipeline.TableRow;

/**
 * One person's rows of the one table, and the status a person's decision gives a row.
 *
 * <p>Why a decision changes its row at once instead of waiting for the next pipeline run: the
 * person (and HR's next incremental pull) should see the answer now, and a run over 300 000
 * records takes minutes. The row is written exactly as the next run's {@link HumanOverlay} will
 * make it (the person's status, confidence 1), so that run finds its content unchanged and gives
 * it no new version.
 */
public final class PersonRows {
  private final DataSource dataSource;

  public PersonRows(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The person's current rows (deleted ones left out), newest publication first. */
  public List<TableRow> of(String personCode) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(TableRowStore.select()
            + " WHERE person_id = ? AND deleted = FALSE ORDER BY year DESC, row_id")) {
      ps.setString(1, personCode);
      List<TableRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(TableRowStore.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the rows of " + personCode + ": "
          + e.getMessage(), e);
    }
  }

  /** The row with this id, deleted or not. */
  public Optional<TableRow> find(String rowId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(TableRowStore.select() + " WHERE row_id = ?")) {
      ps.setString(1, rowId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(TableRowStore.read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read row " + rowId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gives the row a person's status ({@code confirmed}, {@code disputed}, {@code verified}) with
   * confidence 1, at the table's next version; a row that has it already stays as it is.
   *
   * @return the row as HR now gets it
   */
  public TableRow decide(String rowId, String status) {
    if (!HumanOverlay.HUMAN_STATUSES.contains(status)) {
      throw new IllegalArgumentException("not a person's status: " + status);
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        // The sequence first, as a pipeline run locks it: the two never wait on each other crosswise.
        long version;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT value FROM change_sequence WHERE name = 'table_row' FOR UPDATE");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          version = rs.getLong(1) + 1;
        }
        TableRow was;
        try (PreparedStatement ps = c.prepareStatement(
            TableRowStore.select() + " WHERE row_id = ? FOR UPDATE")) {
          ps.setString(1, rowId);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              throw new IllegalArgumentException("no row " + rowId);
            }
            was = TableRowStore.read(rs);
          }
        }
        TableRow now = withStatus(was, status);
        String hash = TableRowStore.contentHash(now);
        if (hash.equals(TableRowStore.contentHash(was))) {
          c.rollback();
          return was;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE table_row SET status = ?,"
            + " confidence = ?, version = ?, content_sha256 = ? WHERE row_id = ?")) {
          ps.setString(1, status);
          ps.setBigDecimal(2, BigDecimal.ONE.setScale(6, RoundingMode.HALF_UP));
          ps.setLong(3, version);
          ps.setString(4, hash);
          ps.setString(5, rowId);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE change_sequence SET value = ? WHERE name = 'table_row'")) {
          ps.setLong(1, version);
          ps.executeUpdate();
        }
        c.commit();
        return withVersion(now, version);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update row " + rowId + ": " + e.getMessage(), e);
    }
  }

  private static TableRow withStatus(TableRow r, String status) {
    return copy(r, status, 1.0, r.version());
  }

  private static TableRow withVersion(TableRow r, long version) {
    return copy(r, r.status(), r.confidence(), version);
  }

  private static TableRow copy(TableRow r, String status, double confidence, long version) {
    return new TableRow(r.rowId(), r.workId(), r.personId(), r.personName(), r.personKind(),
        r.unitId(), r.authorRank(), r.firstAuthor(), r.corresponding(),
        r.firstAffiliationIsInstitution(), r.title(), r.titleAlt(), r.sourceTitle(), r.issn(),
        r.eissn(), r.year(), r.volume(), r.issue(), r.pages(), r.doi(), r.documentType(),
        r.language(), r.indexedIn(), r.wosUt(), r.eiAccession(), r.cnkiId(), r.jcrQuartile(),
        r.impactFactor(), r.esiField(), r.esiHighlyCited(), r.esiHot(), status, confidence,
        version, r.deleted());
  }
}
