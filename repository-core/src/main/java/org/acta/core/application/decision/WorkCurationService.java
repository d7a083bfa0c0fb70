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
 * People's merges, splits and keep-aparts of works, and their undo: the service the REST "works" endpoints
 * call. Each call appends one decision event (actor, time, reason) with the source records it is
 * about, under optimistic locking of the item {@code work:<work key>}; nothing is changed in place.
 *
 * <p>What it does to works: from the next pipeline run on ({@code PipelineService.runFull()} or
 * {@code runIncremental()}), deduplication honours every merge and split in force, in the order
 * they were made, whatever the engine finds — a merge keeps the records of both works in one work,
 * a split keeps the named records out of the work, in a work of their own. An undo (a new event)
 * gives the machine's answer back. Because a work's key is derived from its members, a merge or a
 * split usually gives the resulting works new keys; decisions about their authors follow them
 * (they are anchored to source record ids); {@link #history(String)} lists them all under the
 * work's current key. Call {@code PipelineService.runIncremental()} after a
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
        reason, null, null, "{\"otherWork\":\"" + json(otherWorkKey) + "\"}", null,
        expectedVersion), Map.of(DecisionAnchors.OTHER, other));
  }

  /**
   * Two works the engine found possibly one are two publications: from the next run on,
   * deduplication keeps the records of {@code otherWorkKey} out of the work that holds most of
   * {@code workKey}'s, whatever the engine finds, and the pair is not proposed for review again.
   * Undo gives the machine's answer back.
   *
   * @param workKey the work that is decided (its item is versioned)
   * @param otherWorkKey the work that stays apart from it
   * @param expectedVersion the version of {@code work:<workKey>} the actor saw (0: never decided)
   */
  public RecordedDecision keepApart(String workKey, String otherWorkKey, String actor,
      String reason, long expectedVersion) {
    if (Objects.equals(workKey, otherWorkKey)) {
      throw new IllegalArgumentException("a work cannot be kept apart from itself: " + workKey);
    }
    List<Long> other = members(otherWorkKey);
    return decisions.record(new NewDecision(DecisionKind.KEEP_APART, workKey, null, null, null,
        actor, reason, null, null, "{\"otherWork\":\"" + json(otherWorkKey) + "\"}", null,
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
    // the natural keys too, for people reading the log: they survive a re-import
    StringBuilder ids = new StringBuilder();
    StringBuilder keys = new StringBuilder();
    for (long id : leaving) {
      ids.append(ids.length() == 0 ? "" : ",").append(id);
      keys.append(keys.length() == 0 ? "" : ",").append('"').append(json(naturalKey(id)))
          .append('"');
    }
    return decisions.record(new NewDecision(DecisionKind.SPLIT, workKey, null, null, null, actor,
        reason, null, null, "{\"records\":[" + ids + "],\"naturalKeys\":[" + keys + "]}", null,
        expectedVersion),
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

  /**
   * Every decision about the work, oldest first: merges, splits, authorship decisions and their
   * undos, including those made while the work had another key (found through their records).
   */
  public List<WorkEvent> history(String workKey) {
    List<Long> members = members(workKey);
    String marks = String.join(",", java.util.Collections.nCopies(members.size(), "?"));
    String sql = "SELECT e.id, e.occurred_at, e.actor, e.kind, w.work_key, e.author_rank,"
        + " e.person_code, e.reason, e.reason_code, e.reverses_id, e.item_key"
        + " FROM decision_event e JOIN work w ON w.id = e.target_id"
        + " WHERE e.id IN (SELECT event_id FROM decision_anchor WHERE source_record_id IN ("
        + marks + ")) OR w.work_key = ?"
        + " OR e.reverses_id IN (SELECT event_id FROM decision_anchor WHERE source_record_id IN ("
        + marks + ")) ORDER BY e.id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (long id : members) {
        ps.setLong(i++, id);
      }
      ps.setString(i++, workKey);
      for (long id : members) {
        ps.setLong(i++, id);
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long reverses = rs.getLong(10);
          Long rev = rs.wasNull() ? null : reverses;
          Integer rank = rs.getObject(6, Integer.class);
          rows.add(new Object[] {rs.getLong(1), rs.getString(4), rs.getTimestamp(2).toInstant(),
              rs.getString(3), rs.getString(5), rank, rev, rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(11)});
        }
      }
      Set<Long> undone = HumanDecisions.undone(rows);
      List<WorkEvent> out = new ArrayList<>();
      for (Object[] r : rows) {
        out.add(new WorkEvent((Long) r[0], (java.time.Instant) r[2], (String) r[3],
            DecisionKind.fromCode((String) r[1]), (String) r[4], (Integer) r[5],
            (String) r[7], (String) r[8], (String) r[9], (Long) r[6], undone.contains(r[0]),
            (String) r[10]));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
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
          throw new IllegalArgumentException("no merge, split or keep-apart " + eventId
              + " to undo");
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private String naturalKey(long recordId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT natural_key FROM source_record WHERE id = ?")) {
      ps.setLong(1, recordId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
