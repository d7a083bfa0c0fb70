package org.acta.core.application.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.core.infrastructure.records.SourceRecordJson;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;

/** The source records of some works, read in one query and parsed once, by work id. */
final class WorkSources {
  /** A source record of a work: its stored text and its parse. */
  record Stored(long id, String database, String fileName, int recordNumber, String verbatim,
      SourceRecord record) {}

  private final SourceRecordJson json = new SourceRecordJson();

  Map<Long, List<Stored>> load(Connection c, Collection<Long> workIds) throws SQLException {
    Map<Long, List<Stored>> out = new HashMap<>();
    if (workIds.isEmpty()) {
      return out;
    }
    List<Long> works = workIds.stream().distinct().toList();
    try (PreparedStatement ps = c.prepareStatement("SELECT m.work_id, r.id, r.source_database,"
        + " r.file_name, r.record_number, r.first_line, r.last_line, r.verbatim_text,"
        + " r.parsed_fields FROM work_member m JOIN source_record r ON r.id = m.source_record_id"
        + " WHERE m.work_id IN (" + String.join(", ", Collections.nCopies(works.size(), "?"))
        + ") ORDER BY r.id")) {
      for (int i = 0; i < works.size(); i++) {
        ps.setLong(i + 1, works.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String verbatim = rs.getString(8);
          String parsed = rs.getString(9);
          SourceRecord record = parsed == null ? null : json.read(parsed, new RecordOrigin(
              rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), verbatim));
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Stored(
              rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), verbatim, record));
        }
      }
    }
    return out;
  }
}
