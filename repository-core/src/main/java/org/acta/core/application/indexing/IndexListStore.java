package org.acta.core.application.indexing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.harvest.lists.ListFileReader;
import org.acta.harvest.lists.LoadedLists;
import org.acta.matching.indexing.IndexingLists;

/**
 * Stores imported indexing lists as versions of list editions and reads the current ones back.
 * An import whose edition has the same content as its current version stores nothing (importing
 * the same file twice changes nothing); otherwise the edition gets a new version and the old
 * one stays as it was. All parts of an edition must come in one import (CSCD core and extended):
 * the edition's new version is what that import says.
 */
public final class IndexListStore {
  private static final int BATCH = 1000;
  private final DataSource dataSource;

  public IndexListStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Reads list files (docs/lists.md) and stores their editions. */
  public ListImportReport importFiles(List<Path> files, String importedBy) throws IOException {
    LoadedLists loaded = new ListFileReader().read(files);
    String names = String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
    ListImportReport r = store(loaded.lists(), names, importedBy);
    return new ListImportReport(r.created(), r.unchanged(), loaded.warnings());
  }

  /** Stores every edition of {@code lists} whose content differs from its current version. */
  public ListImportReport store(IndexingLists lists, String sourceFiles, String importedBy) {
    List<String> created = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (StoredList l : StoredList.of(lists)) {
          String hash = l.contentHash();
          int[] current = currentVersion(c, l);
          if (current != null && current[1] == 1 && hashOf(c, l, current[0]).equals(hash)) {
            unchanged.add(l.label() + " v" + current[0]);
            continue;
          }
          int version = current == null ? 1 : current[0] + 1;
          insert(c, l, version, hash, sourceFiles, importedBy);
          created.add(l.label() + " v" + version);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the lists: " + e.getMessage(), e);
    }
    return new ListImportReport(created, unchanged, List.of());
  }

  /** {version, 1} of the edition's current version, or null when it was never imported. */
  private static int[] currentVersion(Connection c, StoredList l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM index_list"
        + " WHERE list_type = ? AND list_name = ? AND edition = ?")) {
      ps.setString(1, l.type());
      ps.setString(2, l.name());
      ps.setString(3, l.edition());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int v = rs.getInt(1);
        return rs.wasNull() ? null : new int[] {v, 1};
      }
    }
  }

  private static String hashOf(Connection c, StoredList l, int version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT content_sha256 FROM index_list"
        + " WHERE list_type = ? AND list_name = ? AND edition = ? AND version = ?")) {
      ps.setString(1, l.type());
      ps.setString(2, l.name());
      ps.setString(3, l.edition());
      ps.setInt(4, version);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void insert(Connection c, StoredList l, int version, String hash,
      String sourceFiles, String importedBy) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_list (list_type, list_name,"
        + " edition, valid_from, valid_to, version, entry_count, content_sha256, source_files,"
        + " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, l.type());
      ps.setString(2, l.name());
      ps.setString(3, l.edition());
      setInt(ps, 4, l.validFrom());
      setInt(ps, 5, l.validTo());
      ps.setInt(6, version);
      ps.setInt(7, l.entries().size());
      ps.setString(8, hash);
      ps.setString(9, sourceFiles.length() > 1024 ? sourceFiles.substring(0, 1021) + "..."
          : sourceFiles);
      ps.setString(10, importedBy);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_list_entry (list_id,"
        + " position, title, issn, eissn, cn_number, tier, category, jcr_edition, impact_factor,"
        + " quartile, esi_field, doi, wos_ut, discipline)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (StoredList.Entry e : l.entries()) {
        ps.setLong(1, id);
        ps.setInt(2, ++n);
        int i = 3;
        for (String v : e.values()) {
          ps.setString(i++, v);
        }
        ps.addBatch();
        if (n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  /**
   * The ESI editions (current version of each) that list a paper, oldest first, as
   * {@code HIGHLY_CITED 2025-07}: "was this paper ever highly cited, and when".
   *
   * @param doiOrUt a DOI (any form) or a WoS UT (with or without {@code WOS:})
   */
  public List<String> esiEditions(String doiOrUt) {
    String doi = org.acta.matching.normalize.Doi.normalize(doiOrUt);
    String ut = doi == null ? org.acta.matching.indexing.EsiPaper.utKey(doiOrUt) : null;
    List<String> out = new ArrayList<>();
    IndexingLists lists = load();
    for (var kind : org.acta.matching.indexing.EsiPaperKind.values()) {
      for (var l : lists.esiPaperLists(kind).values()) {
        if (l.find(ut == null ? List.of() : List.of(ut), doi == null ? List.of() : List.of(doi))
            .isPresent()) {
          out.add(kind.name() + " " + l.edition());
        }
      }
    }
    return out;
  }

  /** Every stored version of every edition, oldest import first. */
  public List<ListVersion> versions() {
    List<ListVersion> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT l.list_type, l.list_name, l.edition,"
            + " l.valid_from, l.valid_to, l.version, l.version = (SELECT MAX(m.version) FROM"
            + " index_list m WHERE m.list_type = l.list_type AND m.list_name = l.list_name"
            + " AND m.edition = l.edition), l.entry_count, l.source_files, l.imported_by,"
            + " l.imported_at FROM index_list l ORDER BY l.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int from = rs.getInt(4);
        Integer f = rs.wasNull() ? null : from;
        int to = rs.getInt(5);
        Integer t = rs.wasNull() ? null : to;
        out.add(new ListVersion(rs.getString(1), rs.getString(2), rs.getString(3), f, t,
            rs.getInt(6), rs.getBoolean(7), rs.getInt(8), rs.getString(9), rs.getString(10),
            rs.getTimestamp(11).toInstant().toString()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the lists: " + e.getMessage(), e);
    }
    return out;
  }

  /** The current version of every edition, as the engine's lists. */
  public IndexingLists load() {
    try (Connection c = dataSource.getConnection()) {
      return load(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the lists: " + e.getMessage(), e);
    }
  }

  /** The current version of every edition, read on {@code c}. */
  public static IndexingLists load(Connection c) throws SQLException {
    Map<Long, StoredList> lists = new LinkedHashMap<>();
    Map<Long, List<StoredList.Entry>> entries = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.list_type, l.list_name,"
        + " l.edition, l.valid_from, l.valid_to FROM index_list l WHERE l.version = ("
        + "SELECT MAX(m.version) FROM index_list m WHERE m.list_type = l.list_type"
        + " AND m.list_name = l.list_name AND m.edition = l.edition) ORDER BY l.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int from = rs.getInt(5);
        Integer f = rs.wasNull() ? null : from;
        int to = rs.getInt(6);
        Integer t = rs.wasNull() ? null : to;
        lists.put(rs.getLong(1), new StoredList(rs.getString(2), rs.getString(3),
            rs.getString(4), f, t, List.of()));
        entries.put(rs.getLong(1), new ArrayList<>());
      }
    }
    if (lists.isEmpty()) {
      return IndexingLists.NONE;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT list_id, title, issn, eissn,"
        + " cn_number, tier, category, jcr_edition, impact_factor, quartile, esi_field, doi,"
        + " wos_ut, discipline FROM index_list_entry ORDER BY list_id, position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<StoredList.Entry> l = entries.get(rs.getLong(1));
        if (l != null) {
          l.add(new StoredList.Entry(rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
              rs.getString(13), rs.getString(14)));
        }
      }
    }
    List<StoredList> current = new ArrayList<>();
    lists.forEach((id, l) -> current.add(new StoredList(l.type(), l.name(), l.edition(),
        l.validFrom(), l.validTo(), entries.get(id))));
    return StoredList.toLists(current);
  }
}
