package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.acta.core.infrastructure.records.SourceRecordJson;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;

/**
 * Every stored source record, rebuilt from its stored parse and origin, with its database id
 * (by identity: the engine hands the same instances back inside its works). A record read again
 * with other text (the same WoS UT from a plain-text and a tab-delimited export) is given to the
 * engine once per distinct text, as the offline pipeline sees it: each text may carry what the
 * other lacks (a reprint address, an e-mail). A reading with the same text adds nothing.
 */
final class StoredRecords {
  private final List<SourceRecord> records = new ArrayList<>();
  private final Map<SourceRecord, Long> ids = new IdentityHashMap<>();
  private int alternatives;

  private StoredRecords() {}

  static StoredRecords load(Connection c) throws SQLException {
    StoredRecords out = new StoredRecords();
    SourceRecordJson json = new SourceRecordJson();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, file_name, record_number, first_line, last_line, verbatim_text, parsed_fields"
            + " FROM source_record ORDER BY id",
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      // Stream rather than buffer the whole result: 300 000 verbatim texts do not need to sit in
      // the driver as well as in the records.
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RecordOrigin origin = new RecordOrigin(rs.getString(2), rs.getInt(3), rs.getInt(4),
              rs.getInt(5), rs.getString(6));
          SourceRecord r = json.read(rs.getString(7), origin);
          out.records.add(r);
          out.ids.put(r, rs.getLong(1));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT source_record_id, file_name, record_number, first_line, last_line,"
            + " verbatim_text, parsed_fields FROM source_record_sighting WHERE id IN ("
            + "SELECT MIN(id) FROM source_record_sighting WHERE parsed_fields IS NOT NULL"
            + " GROUP BY source_record_id, verbatim_sha256) ORDER BY id")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RecordOrigin origin = new RecordOrigin(rs.getString(2), rs.getInt(3), rs.getInt(4),
              rs.getInt(5), rs.getString(6));
          SourceRecord r = json.read(rs.getString(7), origin);
          out.records.add(r);
          out.ids.put(r, rs.getLong(1));
          out.alternatives++;
        }
      }
    }
    return out;
  }

  /** Readings with another text of a stored record, given to the engine besides it. */
  int alternatives() {
    return alternatives;
  }

  List<SourceRecord> records() {
    return records;
  }

  /** The database id of a record this object loaded. */
  long id(SourceRecord r) {
    Long id = ids.get(r);
    if (id == null) {
      throw new IllegalStateException("the engine returned a record it was not given: "
          + r.sourceKey());
    }
    return id;
  }
}
