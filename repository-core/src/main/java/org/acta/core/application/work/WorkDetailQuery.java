package org.acta.core.application.work;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.evidence.EvidenceItem;
import org.acta.core.application.evidence.StoredEvidence;
import org.acta.core.application.pipeline.TableRowStore;
import org.acta.core.infrastructure.records.SourceRecordJson;
import org.acta.matching.explain.ListStyle;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonRenderer;
import org.acta.matching.model.Author;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.normalize.Doi;
import org.acta.matching.pipeline.TableRow;
import org.acta.matching.work.MergeRules;
import org.acta.matching.work.ProvenancedValue;
import org.acta.matching.work.WorkField;
import org.acta.matching.work.WorkMerger;

/**
 * Reads a work whole for the work screen, and finds works by title or DOI for the merge picker.
 * Everything comes from what is stored: the merged view and its provenance as the last pipeline
 * run kept it ({@code work_merged}), the members and their verbatim texts, the attribution
 * suggestions, the table rows and the decision log.
 */
public final class WorkDetailQuery {
  /** The most works a search answers with. */
  public static final int MAX_SEARCH = 50;

  private static final JsonProvider JSON = JsonProvider.provider();
  // A record alone through the merger gives its fields exactly as the engine normalises them.
  private static final WorkMerger NORMALISER = new WorkMerger(MergeRules.defaults());

  private final DataSource dataSource;
  private final Locale language;

  /** Works with their evidence in English. */
  public WorkDetailQuery(DataSource dataSource) {
    this(dataSource, Locale.ENGLISH);
  }

  /** Works with their evidence in {@code language} (Chinese or English). */
  public WorkDetailQuery(DataSource dataSource, Locale language) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** The work with this stable id, or empty when there is none. */
  public Optional<WorkDetail> find(String workKey) {
    try (Connection c = dataSource.getConnection()) {
      long id;
      String status;
      String mergedInto;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT w.id, w.status, m.work_key FROM work w"
              + " LEFT JOIN work m ON m.id = w.merged_into_id WHERE w.work_key = ?")) {
        ps.setString(1, workKey);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          id = rs.getLong(1);
          status = rs.getString(2);
          mergedInto = rs.getString(3);
        }
      }
      List<MergedField> fields = new ArrayList<>();
      List<Reason> why = new ArrayList<>();
      mergedView(c, id, fields, why);
      List<EvidenceItem> evidence = EvidenceItem.of(why, language);
      List<String> successors = "active".equals(status) ? List.of() : successors(c, id);
      return Optional.of(new WorkDetail(workKey, status, mergedInto, successors,
          itemVersion(c, "work:" + workKey), fields, EvidenceItem.texts(evidence), evidence,
          sources(c, id),
          authorships(c, id, workKey), rows(c, workKey), history(c, id, workKey)));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read work " + workKey + ": " + e.getMessage(), e);
    }
  }

  /**
   * Active works whose DOI is the query (in any of its spellings) or whose merged title contains
   * it, newest first.
   */
  public List<WorkSummary> search(String query, int limit) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    String doi = Doi.normalize(q);
    // A DOI is looked up by its index alone: OR-ed with the title's LIKE it would scan every work.
    String where = doi != null ? "m.doi = ?" : "(m.title LIKE ? OR w.work_key = ?)";
    List<WorkSummary> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT w.work_key, m.title, m.doi, m.year,"
                + " (SELECT COUNT(*) FROM work_member x WHERE x.work_id = w.id)"
                + " FROM work_merged m JOIN work w ON w.id = m.work_id"
                + " WHERE w.status = 'active' AND " + where
                + " ORDER BY m.year DESC, w.id DESC LIMIT ?")) {
      int i = 1;
      if (doi != null) {
        ps.setString(i++, doi);
      } else {
        ps.setString(i++,
            "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        ps.setString(i++, q);
      }
      ps.setInt(i, Math.max(1, Math.min(limit, MAX_SEARCH)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int year = rs.getInt(4);
          out.add(new WorkSummary(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.wasNull() ? null : year, rs.getInt(5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot search works: " + e.getMessage(), e);
    }
    return out;
  }

  private static void mergedView(Connection c, long workId, List<MergedField> fields,
      List<Reason> why) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT fields_json, evidence_json,"
        + " evidence_reasons_json FROM work_merged WHERE work_id = ?")) {
      ps.setLong(1, workId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return; // the work was created before merged views were kept: the next run fills it
        }
        for (JsonValue v : read(rs.getString(1))) {
          JsonObject f = v.asJsonObject();
          List<MergedField.FieldSource> sources = new ArrayList<>();
          for (JsonValue s : f.getJsonArray("sources")) {
            JsonObject o = s.asJsonObject();
            sources.add(new MergedField.FieldSource(o.getString("key"),
                o.containsKey("recordId") ? o.getJsonNumber("recordId").longValue() : null,
                o.getString("database", null)));
          }
          fields.add(new MergedField(f.getString("field"), f.getString("value"),
              f.getString("rule", ""), sources));
        }
        List<String> words = new ArrayList<>();
        for (JsonValue v : read(rs.getString(2))) {
          words.add(((JsonString) v).getString());
        }
        why.addAll(StoredEvidence.read(rs.getString(3), words));
      }
    }
  }

  /** Active works holding the records this work had at the last run that kept its view. */
  private static List<String> successors(Connection c, long workId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT DISTINCT w.work_key FROM work_merged g"
            + " JOIN JSON_TABLE(g.member_ids_json, '$[*]' COLUMNS (rid BIGINT PATH '$')) j"
            + " JOIN work_member m ON m.source_record_id = j.rid"
            + " JOIN work w ON w.id = m.work_id"
            + " WHERE g.work_id = ? AND w.status = 'active' AND w.id <> g.work_id"
            + " ORDER BY w.work_key")) {
      ps.setLong(1, workId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static JsonArray read(String json) {
    try (var r = JSON.createReader(new StringReader(json))) {
      return r.readArray();
    }
  }

  private static List<WorkSource> sources(Connection c, long workId) throws SQLException {
    Map<Long, List<WorkSource.Reading>> readings = readings(c, workId);
    SourceRecordJson json = new SourceRecordJson();
    List<WorkSource> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT r.id, r.batch_id, r.source_database, r.natural_key, r.file_name, r.record_number,"
            + " r.first_line, r.last_line, r.detected_format, r.verbatim_text, r.parsed_fields"
            + " FROM work_member m JOIN source_record r ON r.id = m.source_record_id"
            + " WHERE m.work_id = ? ORDER BY r.id")) {
      ps.setLong(1, workId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          RecordOrigin origin = new RecordOrigin(rs.getString(5), rs.getInt(6), rs.getInt(7),
              rs.getInt(8), rs.getString(10));
          String parsed = rs.getString(11);
          SourceRecord record = parsed == null ? null : json.read(parsed, origin);
          out.add(new WorkSource(id, rs.getLong(2), rs.getString(3), rs.getString(4),
              origin.fileName(), origin.recordNumber(), origin.firstLine(), origin.lastLine(),
              rs.getString(9), origin.verbatim(), normalised(record), authors(record),
              readings.getOrDefault(id, List.of())));
        }
      }
    }
    return out;
  }

  /** The record's fields as the engine normalises them, by the one table's column names. */
  private static Map<String, String> normalised(SourceRecord r) {
    Map<String, String> out = new LinkedHashMap<>();
    if (r == null) {
      return out;
    }
    for (Map.Entry<WorkField, ProvenancedValue> e : NORMALISER.merge(List.of(r)).fields()
        .entrySet()) {
      out.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().value());
    }
    return out;
  }

  private static List<String> authors(SourceRecord r) {
    List<String> out = new ArrayList<>();
    if (r != null) {
      for (Author a : r.authors()) {
        String name = a.fullName() != null && !a.fullName().isBlank() ? a.fullName() : a.name();
        if (name != null) {
          out.add(name);
        }
      }
    }
    return out;
  }

  private static Map<Long, List<WorkSource.Reading>> readings(Connection c, long workId)
      throws SQLException {
    Map<Long, List<WorkSource.Reading>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT s.source_record_id, f.batch_id, s.file_name, s.record_number, s.first_line,"
            + " s.last_line, s.verbatim_sha256 = r.verbatim_sha256"
            + " FROM work_member m JOIN source_record_sighting s"
            + " ON s.source_record_id = m.source_record_id"
            + " JOIN source_record r ON r.id = s.source_record_id"
            + " JOIN import_file f ON f.id = s.import_file_id"
            + " WHERE m.work_id = ? ORDER BY s.id")) {
      ps.setLong(1, workId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
              new WorkSource.Reading(rs.getLong(2), rs.getString(3), rs.getInt(4),
                  rs.getInt(5), rs.getInt(6), rs.getBoolean(7)));
        }
      }
    }
    return out;
  }

  private List<WorkAuthorship> authorships(Connection c, long workId, String workKey)
      throws SQLException {
    List<WorkAuthorship> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT s.author_rank, s.author_name, s.person_code,"
            + " COALESCE(p.name_zh, p.name_en), s.unit_code, COALESCE(u.name_zh, u.name_en),"
            + " s.outcome, s.score, s.reasons, i.version, s.reasons_json"
            + " FROM authorship_suggestion s"
            + " LEFT JOIN person p ON p.code = s.person_code"
            + " LEFT JOIN unit u ON u.code = s.unit_code"
            + " LEFT JOIN decision_item i ON i.item_key = CONCAT('authorship:', ?, '#', s.author_rank)"
            + " WHERE s.work_id = ? ORDER BY s.author_rank, s.id")) {
      ps.setString(1, workKey);
      ps.setLong(2, workId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int rank = rs.getInt(1);
          List<Reason> why = StoredEvidence.readJoined(rs.getString(11), rs.getString(9));
          // the reasons as one line, joined the way the reader's language joins statements
          String words = rs.getString(9) == null && why.isEmpty() ? null
              : ReasonRenderer.of(language).render(Reason.list(ListStyle.SEMICOLON, why));
          out.add(new WorkAuthorship(rank, rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8).doubleValue(),
              words, EvidenceItem.of(why, language), "authorship:" + workKey + "#" + rank,
              rs.getLong(10)));
        }
      }
    }
    return out;
  }

  private static List<Map<String, String>> rows(Connection c, String workKey)
      throws SQLException {
    List<Map<String, String>> out = new ArrayList<>();
    for (TableRow row : TableRowStore.rowsOfWork(c, workKey)) {
      Map<String, String> m = new LinkedHashMap<>();
      List<String> values = row.values();
      for (int i = 0; i < TableRow.COLUMNS.size(); i++) {
        m.put(TableRow.COLUMNS.get(i), values.get(i));
      }
      out.add(m);
    }
    return out;
  }

  /**
   * Events about the work (its id as target, or its work key in the item) and its authorships,
   * with undone ones marked: an undo reverses its target unless it is undone itself.
   */
  private static final String ANCHORED = "SELECT a.event_id FROM decision_anchor a"
      + " JOIN work_member m ON m.source_record_id = a.source_record_id WHERE m.work_id = ?";

  private static List<WorkEvent> history(Connection c, long workId, String workKey)
      throws SQLException {
    List<Object[]> raw = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, occurred_at, actor, kind, item_key, author_rank, person_code, reason,"
            + " reason_code, evidence, reverses_id FROM decision_event"
            + " WHERE target_id = ? OR item_key = ? OR item_key LIKE ?"
            // decisions made while the work had another key, through their records, and undos
            + " OR id IN (" + ANCHORED + ") OR reverses_id IN (" + ANCHORED + ") ORDER BY id")) {
      ps.setLong(1, workId);
      ps.setString(2, "work:" + workKey);
      ps.setString(3, "authorship:" + workKey.replace("%", "\\%").replace("_", "\\_") + "#%");
      ps.setLong(4, workId);
      ps.setLong(5, workId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long reversesId = rs.getLong(11);
          Long reverses = rs.wasNull() ? null : reversesId;
          Timestamp at = rs.getTimestamp(2);
          raw.add(new Object[] {rs.getLong(1), at.toInstant().toString(), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class), rs.getString(7),
              rs.getString(8), rs.getString(9), rs.getString(10), reverses});
        }
      }
    }
    // Walk backwards so that the latest word on an event wins (an undo of an undo restores).
    Set<Long> undone = new HashSet<>();
    for (int i = raw.size() - 1; i >= 0; i--) {
      Object[] e = raw.get(i);
      if ("undo".equals(e[3]) && !undone.contains((Long) e[0]) && e[10] != null) {
        undone.add((Long) e[10]);
      }
    }
    Map<String, Long> versions = new HashMap<>();
    List<WorkEvent> out = new ArrayList<>();
    for (Object[] e : raw) {
      String item = (String) e[4];
      long version = item == null ? 0 : versions.computeIfAbsent(item, k -> {
        try {
          return itemVersion(c, k);
        } catch (SQLException x) {
          throw new IllegalStateException(x.getMessage(), x);
        }
      });
      out.add(new WorkEvent((Long) e[0], (String) e[1], (String) e[2], (String) e[3],
          item, (Integer) e[5], (String) e[6], (String) e[7], (String) e[8],
          (String) e[9], (Long) e[10], undone.contains((Long) e[0]), version));
    }
    return out;
  }

  private static long itemVersion(Connection c, String itemKey) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version FROM decision_item WHERE item_key = ?")) {
      ps.setString(1, itemKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
