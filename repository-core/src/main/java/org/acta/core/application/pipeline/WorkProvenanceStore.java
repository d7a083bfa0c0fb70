package org.acta.core.application.pipeline;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acta.core.domain.shared.Sha256;
import org.acta.core.infrastructure.evidence.ReasonJson;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.ProvenancedValue;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkField;

/**
 * Keeps each work's merged fields with their provenance ({@code work_merged}): the value, the
 * source record(s) it came from (by database id, so the work screen can point at the verbatim
 * text) and the merge rule in words, plus the dedup evidence that joined the records. A run
 * writes a work's row only when its content changed, so a re-run over 200 000 unchanged works
 * writes nothing.
 */
final class WorkProvenanceStore {
  private static final int BATCH = 1000;
  private static final JsonProvider JSON = JsonProvider.provider();

  private WorkProvenanceStore() {}

  /** @return how many works' merged views were written */
  static int store(Connection c, Iterable<Work> works, StoredRecords stored,
      Map<String, Long> workIds) throws SQLException {
    Map<Long, String> hashes = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT work_id, content_sha256 FROM work_merged");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        hashes.put(rs.getLong(1), rs.getString(2));
      }
    }
    int written = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO work_merged (work_id, title, doi, year, fields_json, evidence_json,"
            + " member_ids_json, content_sha256, evidence_reasons_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE title = VALUES(title), doi = VALUES(doi),"
            + " year = VALUES(year), fields_json = VALUES(fields_json),"
            + " evidence_json = VALUES(evidence_json), member_ids_json = VALUES(member_ids_json),"
            + " content_sha256 = VALUES(content_sha256),"
            + " evidence_reasons_json = VALUES(evidence_reasons_json)")) {
      for (Work w : works) {
        long workId = workIds.get(w.id());
        String fields = fieldsJson(w, stored);
        String evidence = evidenceJson(w);
        String members = membersJson(w, stored);
        // the evidence's codes count too: a row written before they were stored is rewritten once
        String reasons = ReasonJson.write(w.why());
        String hash = Sha256.hex(fields + '\u0000' + evidence + '\u0000' + members + '\u0000'
            + reasons);
        if (hash.equals(hashes.get(workId))) {
          continue;
        }
        ps.setLong(1, workId);
        ps.setString(2, truncate(w.merged().get(WorkField.TITLE), 1024));
        ps.setString(3, truncate(w.merged().get(WorkField.DOI), 255));
        Integer year = year(w.merged().get(WorkField.YEAR));
        if (year == null) {
          ps.setNull(4, Types.INTEGER);
        } else {
          ps.setInt(4, year);
        }
        ps.setString(5, fields);
        ps.setString(6, evidence);
        ps.setString(7, members);
        ps.setString(8, hash);
        ps.setString(9, reasons);
        ps.addBatch();
        if (++written % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return written;
  }

  /**
   * {@code [{"field", "value", "rule", "sources": [{"key", "recordId", "database"}]}]} in the
   * order of {@link WorkField}. A field's sources are more than one only where the rule unites
   * records (indexed_in).
   */
  static String fieldsJson(Work w, StoredRecords stored) {
    Map<String, SourceRecord> byKey = new LinkedHashMap<>();
    for (SourceRecord r : w.records()) {
      byKey.putIfAbsent(r.sourceKey(), r);
    }
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    for (WorkField f : WorkField.values()) {
      ProvenancedValue v = w.merged().fields().get(f);
      if (v == null) {
        continue;
      }
      JsonArrayBuilder sources = JSON.createArrayBuilder();
      for (String key : v.sourceKey() == null ? new String[0] : v.sourceKey().split(";")) {
        JsonObjectBuilder s = JSON.createObjectBuilder().add("key", key);
        SourceRecord r = byKey.get(key);
        if (r != null) {
          s.add("recordId", stored.id(r)).add("database", r.source().name());
        }
        sources.add(s);
      }
      fields.add(JSON.createObjectBuilder()
          .add("field", f.name().toLowerCase(java.util.Locale.ROOT))
          .add("value", v.value())
          .add("rule", v.rule() == null ? "" : v.rule())
          .add("sources", sources));
    }
    return fields.build().toString();
  }

  private static String evidenceJson(Work w) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    w.evidence().forEach(a::add);
    return a.build().toString();
  }

  /** The database ids of the work's records, ascending, each once. */
  private static String membersJson(Work w, StoredRecords stored) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    w.records().stream().map(stored::id).distinct().sorted().forEach(a::add);
    return a.build().toString();
  }

  private static Integer year(String v) {
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

}
