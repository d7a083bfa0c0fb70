package org.acta.core.application.work;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.DecisionService;
import org.acta.core.application.decision.NewDecision;
import org.acta.core.application.decision.RecordedDecision;
import org.acta.core.application.decision.WorkCurationService;

/**
 * {@link WorkCurator} as events in the decision log: merges, splits and their undo through {@link
 * WorkCurationService} (which anchors them to source records, so that every later pipeline run
 * honours them), the undo of an authorship decision through {@link DecisionService}; item versions
 * give the optimistic lock. The checks here come first because they are the ones a person can get
 * wrong on the work screen (a work that is not there, records that are not the work's, an event
 * undone already), and they name the request field.
 */
public final class DecisionLogCuration implements WorkCurator {
  private final DataSource dataSource;
  private final DecisionService decisions;
  private final WorkCurationService curation;

  public DecisionLogCuration(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.decisions = new DecisionService(dataSource);
    this.curation = new WorkCurationService(dataSource);
  }

  @Override
  public RecordedDecision merge(String surviving, String other, String actor, String reason,
      long expectedVersion) {
    if (other == null || other.isBlank()) {
      throw new IllegalArgumentException("otherWorkId: the work to merge in is missing");
    }
    if (other.equals(surviving)) {
      throw new IllegalArgumentException("otherWorkId: a work cannot be merged with itself");
    }
    try (Connection c = dataSource.getConnection()) {
      requireActiveWork(c, surviving, "id");
      requireActiveWork(c, other, "otherWorkId");
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    // through the curation service: it keeps the records of both works with the event, which
    // is what lets every later run honour the merge whatever keys the works have by then
    return curation.merge(surviving, other, actor, reason, expectedVersion);
  }

  @Override
  public RecordedDecision split(String work, List<Long> recordIds, String actor, String reason,
      long expectedVersion) {
    if (recordIds == null || recordIds.isEmpty()) {
      throw new IllegalArgumentException("recordIds: name at least one source record to split out");
    }
    Set<Long> leaving = new LinkedHashSet<>(recordIds);
    try (Connection c = dataSource.getConnection()) {
      long workId = requireActiveWork(c, work, "id");
      Set<Long> members = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT source_record_id FROM work_member WHERE work_id = ?")) {
        ps.setLong(1, workId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            members.add(rs.getLong(1));
          }
        }
      }
      for (Long id : leaving) {
        if (!members.contains(id)) {
          throw new IllegalArgumentException("recordIds: record " + id + " is not in work " + work);
        }
      }
      if (leaving.size() >= members.size()) {
        throw new IllegalArgumentException(
            "recordIds: at least one record must stay in the work");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    // the evidence (ids and natural keys) and the records it anchors: WorkCurationService
    return curation.split(work, List.copyOf(leaving), actor, reason, expectedVersion);
  }

  @Override
  public RecordedDecision undo(String work, long eventId, String actor, String reason,
      long expectedVersion) {
    try (Connection c = dataSource.getConnection()) {
      long workId = requireWork(c, work, "id");
      String item;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT target_id, item_key FROM decision_event WHERE id = ?")) {
        ps.setLong(1, eventId);
        try (ResultSet rs = ps.executeQuery()) {
          item = rs.next() ? rs.getString(2) : null;
          if (item == null || (rs.getLong(1) != workId && !item.equals("work:" + work)
              && !item.startsWith("authorship:" + work + "#")
              && !anchoredTo(c, eventId, workId))) {
            throw new IllegalArgumentException(
                "eventId: decision " + eventId + " is not about work " + work);
          }
        }
      }
      if (undoneAlready(c, eventId)) {
        throw new IllegalArgumentException("eventId: decision " + eventId + " is undone already");
      }
      if (item.startsWith("work:")) {
        return curation.undo(eventId, actor, reason, expectedVersion);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    // an authorship decision: its undo belongs to the authorship's item
    return decisions.record(new NewDecision(DecisionKind.UNDO, work, null, null, null, actor,
        reason, null, null, null, eventId, expectedVersion));
  }

  /** True when the event was made about records the work holds now (under an earlier key). */
  private static boolean anchoredTo(Connection c, long eventId, long workId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM decision_anchor a JOIN work_member m"
            + " ON m.source_record_id = a.source_record_id WHERE a.event_id = ? AND m.work_id = ?"
            + " LIMIT 1")) {
      ps.setLong(1, eventId);
      ps.setLong(2, workId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** An undo reverses the event unless that undo has been undone in turn. */
  private static boolean undoneAlready(Connection c, long eventId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM decision_event WHERE kind = 'undo' AND reverses_id = ? ORDER BY id")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!undoneAlready(c, rs.getLong(1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static long requireActiveWork(Connection c, String key, String field)
      throws SQLException {
    long id = requireWork(c, key, field);
    try (PreparedStatement ps = c.prepareStatement("SELECT status FROM work WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!"active".equals(rs.getString(1))) {
          throw new IllegalArgumentException(field + ": work " + key + " is " + rs.getString(1));
        }
      }
    }
    return id;
  }

  private static long requireWork(Connection c, String key, String field) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM work WHERE work_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new UnknownWorkException(field, key);
        }
        return rs.getLong(1);
      }
    }
  }
}
