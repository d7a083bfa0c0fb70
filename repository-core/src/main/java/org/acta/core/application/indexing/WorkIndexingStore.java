package org.acta.core.application.indexing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.domain.shared.Sha256;
import org.acta.matching.indexing.Indexing;

/**
 * Keeps each work's indexing detail and provenance ({@code work_indexing}) beside the one table.
 * Written in the transaction of a pipeline run or a re-index; a work whose detail did not change
 * keeps its row and version, like the table's rows.
 */
public final class WorkIndexingStore {
  private static final int BATCH = 1000;
  private final DataSource dataSource;

  public WorkIndexingStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Writes the indexing of {@code byWorkId} whose content differs from what is stored.
   *
   * @param version the table's change sequence the writing transaction ends at
   * @return how many works' detail was written
   */
  public static int write(Connection c, Map<String, Indexing> byWorkId, long version)
      throws SQLException {
    if (byWorkId.isEmpty()) {
      return 0;
    }
    Map<String, String> stored = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT work_id, content_sha256 FROM work_indexing");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getString(2));
      }
    }
    int written = 0;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_indexing (work_id, jcr_year,"
        + " jcr_categories, esi_field, disciplines, highly_cited_editions, hot_editions,"
        + " provenance, version, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE jcr_year = VALUES(jcr_year),"
        + " jcr_categories = VALUES(jcr_categories), esi_field = VALUES(esi_field),"
        + " disciplines = VALUES(disciplines),"
        + " highly_cited_editions = VALUES(highly_cited_editions),"
        + " hot_editions = VALUES(hot_editions), provenance = VALUES(provenance),"
        + " version = VALUES(version), content_sha256 = VALUES(content_sha256)")) {
      for (Map.Entry<String, Indexing> e : byWorkId.entrySet()) {
        Indexing i = e.getValue();
        String categories = array(i.jcrCategories());
        String disciplines = array(i.disciplines());
        String hc = array(i.highlyCitedEditions());
        String hot = array(i.hotEditions());
        String provenance = object(i.provenance());
        String hash = Sha256.hex(String.join("\u0001", String.valueOf(i.jcrYear()), categories,
            String.valueOf(i.esiField()), disciplines, hc, hot, provenance));
        if (hash.equals(stored.get(e.getKey()))) {
          continue;
        }
        ps.setString(1, e.getKey());
        if (i.jcrYear() == null) {
          ps.setNull(2, Types.INTEGER);
        } else {
          ps.setInt(2, i.jcrYear());
        }
        ps.setString(3, categories);
        ps.setString(4, i.esiField());
        ps.setString(5, disciplines);
        ps.setString(6, hc);
        ps.setString(7, hot);
        ps.setString(8, provenance);
        ps.setLong(9, version);
        ps.setString(10, hash);
        ps.addBatch();
        if (++written % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return written;
  }

  /** The indexing detail of a work, if it was ever indexed with lists. */
  public Optional<WorkIndexing> find(String workId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT jcr_year, jcr_categories, esi_field,"
            + " disciplines, highly_cited_editions, hot_editions, provenance, version"
            + " FROM work_indexing WHERE work_id = ?")) {
      ps.setString(1, workId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new WorkIndexing(workId, rs.getObject(1, Integer.class),
            list(rs.getString(2)), rs.getString(3), list(rs.getString(4)),
            list(rs.getString(5)), list(rs.getString(6)), map(rs.getString(7)),
            rs.getLong(8)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the work's indexing: " + e.getMessage(), e);
    }
  }

  private static String array(List<String> values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    values.forEach(b::add);
    return b.build().toString();
  }

  private static String object(Map<String, String> values) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    values.forEach(b::add);
    return b.build().toString();
  }

  private static List<String> list(String json) {
    if (json == null) {
      return List.of();
    }
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
          .toList();
    }
  }

  private static Map<String, String> map(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      JsonObject o = r.readObject();
      Map<String, String> out = new LinkedHashMap<>();
      o.forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
      return out;
    }
  }

}
