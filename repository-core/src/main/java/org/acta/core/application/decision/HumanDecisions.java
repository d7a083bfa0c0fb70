package org.acta.core.application.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The current state of people's authorship decisions, derived from the event log: events in
 * order, undone ones (and undos of undos) resolved, folded per (work, author rank).
 *
 * <p>A decision's work is found again through the source records it was about ({@link
 * DecisionAnchors}), so it stays in force when a re-run gives its work another key.
 */
public final class HumanDecisions {
  private HumanDecisions() {}

  /** Overrides by the work key each decision was made under, then author rank. */
  public static Map<String, Map<Integer, AuthorshipOverride>> load(Connection c)
      throws SQLException {
    return load(c, r -> null);
  }

  /**
   * Overrides by the work key each decision's records are in now, then author rank.
   *
   * @param workOfRecord the current work key of a source record id (null when unplaced)
   */
  public static Map<String, Map<Integer, AuthorshipOverride>> load(Connection c,
      Function<Long, String> workOfRecord) throws SQLException {
    Map<Long, Map<String, List<Long>>> anchors = DecisionAnchors.load(c);
    List<Object[]> events = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT e.id, e.kind, w.work_key, e.author_rank, e.person_code, e.flag, e.reverses_id"
                + " FROM decision_event e JOIN work w ON w.id = e.target_id"
                + " WHERE e.item_key LIKE 'authorship:%' ORDER BY e.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        boolean flag = rs.getBoolean(6);
        Boolean f = rs.wasNull() ? null : flag;
        long reverses = rs.getLong(7);
        Long r = rs.wasNull() ? null : reverses;
        events.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, Integer.class), rs.getString(5), f, r});
      }
    }
    Set<Long> undone = undone(events);
    Map<String, Map<Integer, AuthorshipOverride>> out = new LinkedHashMap<>();
    for (Object[] e : events) {
      long id = (Long) e[0];
      DecisionKind kind = DecisionKind.fromCode((String) e[1]);
      if (kind == DecisionKind.UNDO || undone.contains(id) || e[3] == null) {
        continue;
      }
      String work = DecisionAnchors.resolve(
          anchors.getOrDefault(id, Map.of()).get(DecisionAnchors.WORK), workOfRecord,
          (String) e[2]);
      int rank = (Integer) e[3];
      String person = (String) e[4];
      Map<Integer, AuthorshipOverride> byRank = out.computeIfAbsent(work, k -> new HashMap<>());
      AuthorshipOverride was = byRank.getOrDefault(rank,
          new AuthorshipOverride(work, rank, null, false, null, null, 0));
      byRank.put(rank, switch (kind) {
        case ATTRIBUTE -> new AuthorshipOverride(work, rank, person, false, "verified",
            was.corresponding(), id);
        case UNATTRIBUTE -> new AuthorshipOverride(work, rank, null, true, null, null, id);
        case CONFIRM -> new AuthorshipOverride(work, rank, person, false, "confirmed",
            was.corresponding(), id);
        case REJECT -> new AuthorshipOverride(work, rank, person, false, "disputed",
            was.corresponding(), id);
        case SET_CORRESPONDING -> new AuthorshipOverride(work, rank,
            was.personCode() != null ? was.personCode() : person, was.unattributed(),
            was.status(), (Boolean) e[5], id);
        default -> was;
      });
    }
    return out;
  }

  /**
   * Events undone by a later undo, from rows {id, kind, ..., reverses at index 6} in id order.
   * Undo of an undo restores: walk backwards so the latest word on an event wins.
   */
  static Set<Long> undone(List<Object[]> events) {
    Set<Long> undone = new HashSet<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      Object[] e = events.get(i);
      if (DecisionKind.UNDO.code().equals(e[1]) && !undone.contains((Long) e[0])) {
        undone.add((Long) e[6]);
      }
    }
    return undone;
  }
}
