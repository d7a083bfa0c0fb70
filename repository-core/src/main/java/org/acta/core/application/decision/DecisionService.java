package org.acta.core.application.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Records decisions as appended events, one transaction each, with optimistic locking per item:
 * the decision names the item version its maker saw, and is refused with a {@link
 * DecisionConflictException} when someone else decided the item in between. The database's
 * triggers refuse any update or delete of an event; undo is a new event.
 *
 * <p>Every decision also keeps the ids of the source records it is about ({@link
 * DecisionAnchors}): they never change, while a work's key does when a re-run re-clusters.
 */
public final class DecisionService {
  private final DataSource dataSource;

  public DecisionService(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Appends the decision.
   *
   * @throws DecisionConflictException when the item moved on since {@code expectedVersion}
   * @throws IllegalArgumentException for an unknown work, an undo of an unknown event, or a merge
   *     or split (they name records: {@link WorkCurationService})
   */
  public RecordedDecision record(NewDecision d) {
    return record(d, Map.of());
  }

  /**
   * Appends the decision with the source records it names besides its work's members (a merge's
   * other work, a split's leaving records), by role ({@code other}, {@code leave}).
   */
  RecordedDecision record(NewDecision d, Map<String, Collection<Long>> namedRecords) {
    // A merge or split without its records could not be honoured by any run: refuse it rather
    // than keep an event that silently does nothing.
    if (((d.kind() == DecisionKind.MERGE || d.kind() == DecisionKind.KEEP_APART)
        && !namedRecords.containsKey(DecisionAnchors.OTHER))
        || (d.kind() == DecisionKind.SPLIT && !namedRecords.containsKey(DecisionAnchors.LEAVE))) {
      throw new IllegalArgumentException(d.kind().code() + " of work " + d.workKey()
          + " must name the records it joins, keeps apart or takes out: use the works' merge,"
          + " keep-apart and split"
          + " (WorkCurationService)");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        RecordedDecision done = record(c, d);
        DecisionAnchors.write(c, done.eventId(), d, namedRecords);
        c.commit();
        return done;
      } catch (SQLIntegrityConstraintViolationException | SQLTransactionRollbackException e) {
        // Two first decisions on a new item at once: the other one's row came first.
        c.rollback();
        throw new DecisionConflictException(itemKey(c, d), d.expectedVersion(),
            version(c, itemKey(c, d)));
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the decision: " + e.getMessage(), e);
    }
  }

  /** The item's current version (0 when never decided). */
  public long currentVersion(String itemKey) {
    try (Connection c = dataSource.getConnection()) {
      return version(c, itemKey);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static RecordedDecision record(Connection c, NewDecision d) throws SQLException {
    long workId = workId(c, d.workKey());
    String item = itemKey(c, d);
    long current = 0;
    boolean exists = false;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version FROM decision_item WHERE item_key = ? FOR UPDATE")) {
      ps.setString(1, item);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          current = rs.getLong(1);
          exists = true;
        }
      }
    }
    if (current != d.expectedVersion()) {
      throw new DecisionConflictException(item, d.expectedVersion(), current);
    }
    long eventId;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO decision_event (actor, kind, target_type, target_id, item_key, person_code,"
            + " author_rank, reason, reason_code, flag, score, evidence, reverses_id)"
            + " VALUES (?, ?, 'work', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, d.actor());
      ps.setString(2, d.kind().code());
      ps.setLong(3, workId);
      ps.setString(4, item);
      ps.setString(5, d.personCode());
      if (d.authorRank() == null) {
        ps.setNull(6, Types.INTEGER);
      } else {
        ps.setInt(6, d.authorRank());
      }
      ps.setString(7, d.reason());
      ps.setString(8, d.reasonCode());
      if (d.flag() == null) {
        ps.setNull(9, Types.BOOLEAN);
      } else {
        ps.setBoolean(9, d.flag());
      }
      ps.setBigDecimal(10, d.score() == null ? null
          : BigDecimal.valueOf(d.score()).setScale(6, RoundingMode.HALF_UP));
      ps.setString(11, d.evidenceJson());
      if (d.reverses() == null) {
        ps.setNull(12, Types.BIGINT);
      } else {
        ps.setLong(12, d.reverses());
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        eventId = keys.getLong(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(exists
        ? "UPDATE decision_item SET version = ?, last_event_id = ? WHERE item_key = ?"
        : "INSERT INTO decision_item (version, last_event_id, item_key) VALUES (?, ?, ?)")) {
      ps.setLong(1, current + 1);
      ps.setLong(2, eventId);
      ps.setString(3, item);
      ps.executeUpdate();
    }
    return new RecordedDecision(eventId, item, current + 1);
  }

  /** An undo belongs to the item of the event it reverses. */
  private static String itemKey(Connection c, NewDecision d) throws SQLException {
    if (d.kind() != DecisionKind.UNDO) {
      return d.itemKey();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT item_key FROM decision_event WHERE id = ?")) {
      ps.setLong(1, d.reverses());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          throw new IllegalArgumentException("no decision " + d.reverses() + " to undo");
        }
        return rs.getString(1);
      }
    }
  }

  private static long workId(Connection c, String workKey) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM work WHERE work_key = ?")) {
      ps.setString(1, workKey);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no work " + workKey);
        }
        return rs.getLong(1);
      }
    }
  }

  private static long version(Connection c, String itemKey) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version FROM decision_item WHERE item_key = ?")) {
      ps.setString(1, itemKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
