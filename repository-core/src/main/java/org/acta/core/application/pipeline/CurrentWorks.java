package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.dedup.DedupConfig;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkMerger;

/**
 * The works as the last pipeline run stored them (active works and their member records, every
 * reading of each), rebuilt for the engine without deduplicating again: a dictionary change
 * changes attributions, not which records make a work, and skipping deduplication is what makes
 * a preview answer in seconds. Records imported since the last run are in no work yet and left
 * out.
 */
final class CurrentWorks {
  private final DedupResult works;
  private final Map<Long, String> workOfRecord;

  private CurrentWorks(DedupResult works, Map<Long, String> workOfRecord) {
    this.works = works;
    this.workOfRecord = workOfRecord;
  }

  static CurrentWorks load(Connection c) throws SQLException {
    Map<Long, String> workOfRecord = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT m.source_record_id, w.work_key"
            + " FROM work_member m JOIN work w ON w.id = m.work_id"
            + " WHERE w.status = 'active' AND w.work_key IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        workOfRecord.put(rs.getLong(1), rs.getString(2));
      }
    }
    StoredRecords stored = StoredRecords.load(c);
    // members in the order the pipeline gives them to the engine (record id, then readings)
    Map<String, List<SourceRecord>> members = new LinkedHashMap<>();
    for (SourceRecord r : stored.records()) {
      String key = workOfRecord.get(stored.id(r));
      if (key != null) {
        members.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    WorkMerger merger = new WorkMerger(DedupConfig.defaults().mergeRules());
    List<Work> works = new ArrayList<>(members.size());
    members.forEach((key, records) ->
        works.add(new Work(key, records, merger.merge(records), List.of())));
    return new CurrentWorks(new DedupResult(works, List.of()), workOfRecord);
  }

  DedupResult works() {
    return works;
  }

  /** The work key of a stored record id, null when the record is in no current work. */
  String workOf(long recordId) {
    return workOfRecord.get(recordId);
  }
}
