package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * The works an incremental run must recompute: those whose members differ from what is stored
 * (a new record joined, a record moved), those holding a record read again since the last run,
 * and those a decision made since then is about. {@link #storedKeys()} adds the stored works
 * these touch (a work that lost a record, or disappeared), whose rows may have to go.
 */
final class IncrementalScope {
  private final Set<String> works = new HashSet<>();
  private final Set<String> storedKeys = new HashSet<>();

  private IncrementalScope() {}

  static IncrementalScope of(Connection c, DedupResult dedup, StoredRecords stored,
      Map<Long, String> workOfRecord, PipelineMarks since) throws SQLException {
    IncrementalScope s = new IncrementalScope();
    Map<Long, String> storedWorkOf = new HashMap<>();
    Map<String, Integer> storedSize = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT m.source_record_id, w.work_key FROM work_member m"
                + " JOIN work w ON w.id = m.work_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        storedWorkOf.put(rs.getLong(1), rs.getString(2));
        storedSize.merge(rs.getString(2), 1, Integer::sum);
      }
    }
    Set<Long> reRead = ids(c, "SELECT DISTINCT source_record_id FROM source_record_sighting"
        + " WHERE id > " + since.sighting() + " AND parsed_fields IS NOT NULL");
    for (Work w : dedup.works()) {
      Set<Long> members = new HashSet<>();
      boolean touched = false;
      for (SourceRecord r : w.records()) {
        long id = stored.id(r);
        members.add(id);
        touched |= id > since.sourceRecord() || reRead.contains(id)
            || !w.id().equals(storedWorkOf.get(id));
      }
      if (touched || members.size() != storedSize.getOrDefault(w.id(), 0)) {
        s.works.add(w.id());
        members.forEach(id -> {
          String was = storedWorkOf.get(id);
          if (was != null) {
            s.storedKeys.add(was);
          }
        });
      }
    }
    // decisions since the last run, and the events their undos reverse, through their records
    for (long record : ids(c, "SELECT DISTINCT a.source_record_id FROM decision_event e"
        + " JOIN decision_anchor a ON a.event_id = e.id OR a.event_id = e.reverses_id"
        + " WHERE e.id > " + since.decisionEvent())) {
      String now = workOfRecord.get(record);
      if (now != null) {
        s.works.add(now);
      }
      String was = storedWorkOf.get(record);
      if (was != null) {
        s.storedKeys.add(was);
      }
    }
    // decisions recorded before anchors existed name their work by key only
    for (String key : keys(c, "SELECT DISTINCT w.work_key FROM decision_event e"
        + " JOIN work w ON w.id = e.target_id WHERE e.id > " + since.decisionEvent())) {
      s.works.add(key);
      s.storedKeys.add(key);
    }
    s.storedKeys.addAll(s.works);
    return s;
  }

  /** Works of this run to attribute, index and write. */
  boolean touches(String workKey) {
    return works.contains(workKey);
  }

  int size() {
    return works.size();
  }

  /** Work keys whose stored table rows and suggestions this run replaces. */
  Set<String> storedKeys() {
    return storedKeys;
  }

  private static Set<Long> ids(Connection c, String sql) throws SQLException {
    Set<Long> out = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private static Set<String> keys(Connection c, String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
