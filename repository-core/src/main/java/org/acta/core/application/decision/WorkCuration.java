package org.acta.core.application.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People's merges, splits and keep-aparts in force (undone ones left out), in the order they were made, each
 * with the source records it is about: what deduplication must honour on every run.
 */
public final class WorkCuration {
  /**
   * One merge, split or keep-apart.
   *
   * @param eventId the decision event
   * @param kind {@link DecisionKind#MERGE}, {@link DecisionKind#SPLIT} or {@link
   *     DecisionKind#KEEP_APART}
   * @param work members of the decided work when it was decided
   * @param other for a merge: members of the work it takes in; for a keep-apart: members of the
   *     work that stays another publication
   * @param leave for a split: the records that leave the work
   */
  public record Event(long eventId, DecisionKind kind, List<Long> work, List<Long> other,
      List<Long> leave) {}

  private final List<Event> events;

  private WorkCuration(List<Event> events) {
    this.events = List.copyOf(events);
  }

  public static WorkCuration none() {
    return new WorkCuration(List.of());
  }

  public static WorkCuration load(Connection c) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT id, kind, NULL, NULL, NULL, NULL, reverses_id FROM decision_event"
                + " WHERE item_key LIKE 'work:%' ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long reverses = rs.getLong(7);
        rows.add(new Object[] {rs.getLong(1), rs.getString(2), null, null, null, null,
            rs.wasNull() ? null : reverses});
      }
    }
    Set<Long> undone = HumanDecisions.undone(rows);
    Map<Long, Map<String, List<Long>>> anchors = DecisionAnchors.load(c);
    List<Event> out = new ArrayList<>();
    for (Object[] r : rows) {
      long id = (Long) r[0];
      DecisionKind kind = DecisionKind.fromCode((String) r[1]);
      if (!kind.aboutWorks() || undone.contains(id)) {
        continue;
      }
      Map<String, List<Long>> a = anchors.getOrDefault(id, Map.of());
      out.add(new Event(id, kind, a.getOrDefault(DecisionAnchors.WORK, List.of()),
          a.getOrDefault(DecisionAnchors.OTHER, List.of()),
          a.getOrDefault(DecisionAnchors.LEAVE, List.of())));
    }
    return new WorkCuration(out);
  }

  /** Merges, splits and keep-aparts in force, oldest first. */
  public List<Event> events() {
    return events;
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
