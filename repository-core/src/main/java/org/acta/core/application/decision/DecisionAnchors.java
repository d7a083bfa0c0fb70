package org.acta.core.application.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The source records a decision is about ({@code decision_anchor}): a work key follows the
 * members' natural keys and changes when a re-run adds a record that sorts first, but source
 * record ids never change, so decisions are found again through them after every run.
 */
public final class DecisionAnchors {
  /** Role of the decided work's members when the decision was made. */
  public static final String WORK = "work";
  /** Role of the members of the work a merge takes in. */
  public static final String OTHER = "other";
  /** Role of the records a split takes out. */
  public static final String LEAVE = "leave";

  private DecisionAnchors() {}

  /** Writes the anchors of a new event: its work's members now, and the records it names. */
  static void write(Connection c, long eventId, NewDecision d,
      Map<String, Collection<Long>> namedRecords) throws SQLException {
    if (d.kind() == DecisionKind.UNDO) {
      return; // an undo is about the event it reverses, found by id
    }
    try (PreparedStatement members = c.prepareStatement(
        "INSERT INTO decision_anchor (event_id, role, source_record_id)"
            + " SELECT ?, 'work', m.source_record_id FROM work_member m"
            + " JOIN work w ON w.id = m.work_id WHERE w.work_key = ?")) {
      members.setLong(1, eventId);
      members.setString(2, d.workKey());
      members.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT IGNORE INTO decision_anchor (event_id, role, source_record_id) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Collection<Long>> e : namedRecords.entrySet()) {
        for (long recordId : e.getValue()) {
          ps.setLong(1, eventId);
          ps.setString(2, e.getKey());
          ps.setLong(3, recordId);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** Anchors by event id, then role. */
  public static Map<Long, Map<String, List<Long>>> load(Connection c) throws SQLException {
    Map<Long, Map<String, List<Long>>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT event_id, role, source_record_id FROM decision_anchor");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
            .computeIfAbsent(rs.getString(2), k -> new java.util.ArrayList<>())
            .add(rs.getLong(3));
      }
    }
    return out;
  }

  /**
   * The work most of these records are in now, by {@code workOfRecord}; {@code fallback} when
   * none of them is placed (an event recorded before anchors existed).
   */
  public static String resolve(Collection<Long> records, Function<Long, String> workOfRecord,
      String fallback) {
    if (records == null || records.isEmpty()) {
      return fallback;
    }
    Map<String, Integer> votes = new HashMap<>();
    for (long r : records) {
      String w = workOfRecord.apply(r);
      if (w != null) {
        votes.merge(w, 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      // ties go to the key that sorts first, so every run resolves the same way
      if (v.getValue() > most || (v.getValue() == most && v.getKey().compareTo(best) < 0)) {
        best = v.getKey();
        most = v.getValue();
      }
    }
    return best == null ? fallback : best;
  }
}
