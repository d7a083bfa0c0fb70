package org.acta.core.application.review;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceRecord;

/**
 * The possible-duplicate part of the review queue: pairs of works the last pipeline run stored
 * ({@code possible_duplicate}), both still active, minus the pairs someone merged or kept apart
 * since (the next run would not store them again; until then the decision hides them). The unit
 * filter keeps pairs where either work has an author of the unit.
 */
final class DuplicateQueue {
  private static final String FROM = " FROM possible_duplicate pd"
      + " JOIN work wa ON wa.id = pd.work_a_id JOIN work wb ON wb.id = pd.work_b_id"
      + " LEFT JOIN decision_item di ON di.item_key = CONCAT('work:', wa.work_key)"
      + " WHERE wa.status = 'active' AND wb.status = 'active'"
      + " AND NOT EXISTS (SELECT 1 FROM decision_event e WHERE e.kind IN ('merge', 'keep_apart')"
      + "   AND ((e.item_key = CONCAT('work:', wa.work_key)"
      + "       AND JSON_VALUE(e.evidence, '$.otherWork') = wb.work_key)"
      + "     OR (e.item_key = CONCAT('work:', wb.work_key)"
      + "       AND JSON_VALUE(e.evidence, '$.otherWork') = wa.work_key))"
      + "   AND NOT EXISTS (SELECT 1 FROM decision_event u WHERE u.reverses_id = e.id))";
  private static final String COLUMNS = "SELECT pd.id, pd.score, wa.id, wa.work_key, wb.id,"
      + " wb.work_key, pd.evidence_json, COALESCE(di.version, 0)";

  private final WorkSources sources = new WorkSources();

  /** One possible-duplicate row, read before anything else is asked. */
  record Row(long id, BigDecimal score, long workId, String workKey, long otherWorkId,
      String otherWorkKey, String evidenceJson, long version) {
    static Row read(ResultSet rs) throws SQLException {
      return new Row(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getString(4),
          rs.getLong(5), rs.getString(6), rs.getString(7), rs.getLong(8));
    }
  }

  long count(Connection c, ReviewFilter f) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = filters(f, args);
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + FROM + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Up to {@code limit} rows after the cursor, in queue order. */
  List<Row> rows(Connection c, ReviewFilter f, QueueCursor after, int limit)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder(COLUMNS).append(FROM).append(filters(f, args));
    if (after != null && after.duplicate()) {
      sql.append(" AND (pd.score < ? OR (pd.score = ? AND pd.id > ?))");
      args.addAll(List.of(after.score(), after.score(), after.id()));
    } else if (after != null) {
      sql.append(" AND pd.score <= ?"); // equal scores: attribution items come first
      args.add(after.score());
    }
    sql.append(" ORDER BY pd.score DESC, pd.id ASC LIMIT ?");
    args.add(limit);
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(Row.read(rs));
        }
      }
    }
    return out;
  }

  Optional<ReviewItem> find(Connection c, DuplicateItemKey key, boolean details)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + FROM
        + " AND wa.work_key = ? AND wb.work_key = ?")) {
      ps.setString(1, key.workKey());
      ps.setString(2, key.otherWorkKey());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Row row = Row.read(rs);
        return items(c, List.of(row), details).stream().findFirst();
      }
    }
  }

  /** True when either work of the pair has an author of this unit. */
  boolean inUnit(Connection c, DuplicateItemKey key, String unit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM authorship_suggestion s"
        + " JOIN work w ON w.id = s.work_id WHERE w.work_key IN (?, ?) AND s.unit_code = ?"
        + " AND s.outcome <> 'rejected' LIMIT 1")) {
      ps.setString(1, key.workKey());
      ps.setString(2, key.otherWorkKey());
      ps.setString(3, unit);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The items of these rows, with one query for both works' source records of all of them. */
  List<ReviewItem> items(Connection c, List<Row> rows, boolean details) throws SQLException {
    List<Long> works = new ArrayList<>();
    rows.forEach(r -> {
      works.add(r.workId());
      works.add(r.otherWorkId());
    });
    Map<Long, List<WorkSources.Stored>> stored = sources.load(c, works);
    List<ReviewItem> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<ReviewSource> mine = sources(stored.getOrDefault(r.workId(), List.of()));
      List<ReviewSource> theirs = sources(stored.getOrDefault(r.otherWorkId(), List.of()));
      String title = mine.stream().map(s -> s.normalised().get("title"))
          .filter(t -> t != null).findFirst().orElse(null);
      Integer year = mine.stream().map(s -> s.normalised().get("year")).filter(y -> y != null)
          .findFirst().map(Integer::valueOf).orElse(null);
      out.add(new ReviewItem(new DuplicateItemKey(r.workKey(), r.otherWorkKey()).toString(),
          r.version(), ReviewKind.DUPLICATE, r.workKey(), 0, null, title, year,
          r.score().doubleValue(), evidence(r.evidenceJson()), null,
          details ? mine : List.of(), r.otherWorkKey(), details ? theirs : List.of()));
    }
    return out;
  }

  private static List<ReviewSource> sources(List<WorkSources.Stored> stored) {
    List<ReviewSource> out = new ArrayList<>(stored.size());
    for (WorkSources.Stored s : stored) {
      out.add(new ReviewSource(s.id(), s.database(), s.fileName(), s.recordNumber(),
          s.verbatim(), s.record() == null ? Map.of() : normalised(s.record())));
    }
    return out;
  }

  /** The fields that tell one publication from another, absent ones left out. */
  static Map<String, String> normalised(SourceRecord r) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "title", r.title());
    put(m, "titleAlt", r.titleAlt());
    put(m, "sourceTitle", r.sourceTitle());
    put(m, "conference", r.conference());
    put(m, "year", r.year() == null ? null : String.valueOf(r.year()));
    put(m, "volume", r.volume());
    put(m, "issue", r.issue());
    String pages = r.pageStart() == null ? r.pagesRaw()
        : r.pageStart() + (r.pageEnd() == null ? "" : "-" + r.pageEnd());
    put(m, "pages", pages == null ? r.articleNumber() : pages);
    put(m, "doi", r.ids() == null ? null : r.ids().doi());
    // the type as Acta reads it: databases spell the same type differently (JOUR, Article)
    put(m, "documentType", r.documentType() != null
        ? r.documentType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        : r.documentTypeRaw());
    put(m, "language", r.language());
    put(m, "authors", r.authors().stream().map(Author::name)
        .collect(Collectors.joining("; ")));
    return m;
  }

  private static void put(Map<String, String> m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value.strip());
    }
  }

  private static List<String> evidence(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString).toList();
    }
  }

  private static String filters(ReviewFilter f, List<Object> args) {
    StringBuilder where = new StringBuilder();
    if (f.unit() != null && !f.unit().isBlank()) {
      where.append(" AND EXISTS (SELECT 1 FROM authorship_suggestion s"
          + " WHERE s.work_id IN (pd.work_a_id, pd.work_b_id) AND s.unit_code = ?"
          + " AND s.outcome <> 'rejected')");
      args.add(f.unit().strip());
    }
    if (f.minScore() != null) {
      where.append(" AND pd.score >= ?");
      args.add(BigDecimal.valueOf(f.minScore()));
    }
    if (f.maxScore() != null) {
      where.append(" AND pd.score <= ?");
      args.add(BigDecimal.valueOf(f.maxScore()));
    }
    return where.toString();
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }
}
