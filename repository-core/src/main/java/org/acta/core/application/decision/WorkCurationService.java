package org.acta.core.application.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * People's merges and splits of works, and their undo: the service the REST "works" endpoints
 * call. Each call appends one decision event (actor, time, reason) with the source records it is
 * about, under optimistic locking of the item {@code work:<work key>}; nothing is changed in place.
 *
 * <p>What it does to works: from the next pipeline run on ({@code PipelineService.runFull()} or
 * {@code runIncremental()}), deduplication honours every merge and split in force, in the order
 * they were made, whatever the engine finds — a merge keeps the records of both works in one work,
 * a split keeps the named records out of the work, in a work of their own. An undo (a new event)
 * gives the machine's answer back. Because a work's key is derived from its members, a merge or a
 * split usually gives the resulting works new keys; decisions about their authors follow them
 * (they are anchored to source record ids). Call {@code PipelineService.runIncremental()} after a
 * decision to see it in the works and the table at once.
 *
 * <p>Errors: {@link IllegalArgumentException} names the unknown work, record or event;
 * {@link DecisionConflictException} when someone decided the same work since the caller read its
 * version ({@link #version(String)}).
 */
public final class WorkCurationService {
  private final DataSource dataSource;
  private final DecisionService decisions;

  public WorkCurationService(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.decisions = new DecisionService(dataSource);
  }

  /**
   * Two works are one publication.
   *
   * @param workKey the work that is decided (its item is versioned)
   * @param otherWorkKey the work it takes in
   * @param expectedVersion the version of {@code work:<workKey>} the actor saw (0: never decided)
   * @return the event; its id is what {@link #undo} names
   */
  public RecordedDecision merge(String workKey, String otherWorkKey, String actor, String reason,
      long expectedVersion) {
    if (Objects.equals(workKey, otherWorkKey)) {
      throw new IllegalArgumentException("a work cannot be merged with itself: " + workKey);
    }
    List<Long> other = members(otherWorkKey);
    return decisions.record(new NewDecision(DecisionKind.MERGE, workKey, null, null, null, actor,
        reason, null, null, "{\"other_work\":\"" + json(otherWorkKey) + "\"}", null,
        expectedVersion), Map.of(DecisionAnchors.OTHER, other));
  }

  /**
   * These source records are another publication than the rest of the work.
   *
   * @param sourceRecordIds ids of source records that are members of the work now, at least one
   *     and not all of them
   */
  public RecordedDecision split(String workKey, Collection<Long> sourceRecordIds, String actor,
      String reason, long expectedVersion) {
    Set<Long> leaving = new LinkedHashSet<>(sourceRecordIds);
    List<Long> members = members(workKey);
    for (Long id : leaving) {
      if (!members.contains(id)) {
        throw new IllegalArgumentException("source record " + id + " is not in work " + workKey);
      }
    }
    if (leaving.isEmpty() || leaving.size() == members.size()) {
      throw new IllegalArgumentException(
          "a split names some, not none or all, of the records of work " + workKey);
    }
    StringBuilder ids = new StringBuilder();
    leaving.forEach(id -> ids.append(ids.length() == 0 ? "" : ",").append(id));
    return decisions.record(new NewDecision(DecisionKind.SPLIT, workKey, null, null, null, actor,
        reason, null, null, "{\"records\":[" + ids + "]}", null, expectedVersion),
        Map.of(DecisionAnchors.LEAVE, List.copyOf(leaving)));
  }

  /**
   * Reverses an earlier merge or split (or an undo: undoing an undo restores it).
   *
   * @param expectedVersion the version of the reversed event's item the actor saw
   */
  public RecordedDecision undo(long eventId, String actor, String reason, long expectedVersion) {
    String workKey = workOfEvent(eventId);
    return decisions.record(new NewDecision(DecisionKind.UNDO, workKey, null, null, null, actor,
        reason, null, null, null, eventId, expectedVersion));
  }

  /** The current version of {@code work:<workKey>} (0 when never decided). */
  public long version(String workKey) {
    return decisions.currentVersion("work:" + workKey);
  }

  /** Source record ids of a stored work, as of the last pipeline run. */
  public List<Long> members(String workKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT m.source_record_id FROM work_member m JOIN work w ON w.id = m.work_id"
                + " WHERE w.work_key = ? ORDER BY m.source_record_id")) {
      ps.setString(1, workKey);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("no work " + workKey + " with source records");
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private String workOfEvent(long eventId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT w.work_key, e.item_key FROM decision_event e JOIN work w ON w.id = e.target_id"
                + " WHERE e.id = ?")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(2) == null || !rs.getString(2).startsWith("work:")) {
          throw new IllegalArgumentException("no merge or split " + eventId + " to undo");
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
