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
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.core.application.indexing.IndexListStore;
import org.acta.core.application.indexing.IndexingSettingsStore;
import org.acta.core.application.indexing.WorkIndexingStore;
import org.acta.matching.indexing.Indexer;
import org.acta.matching.indexing.Indexing;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.pipeline.TableRow;
import org.acta.matching.pipeline.TableRowAssembler;
import org.acta.matching.work.MergeRules;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkMerger;

/**
 * Re-indexes the one table after a list import, without re-running deduplication or
 * attribution: each stored work is indexed from its stored member records and the current
 * lists, and only rows whose indexing columns changed are written, with a new version. Rows of
 * other years, other journals and people's decisions are left exactly as they were. Holds the
 * table's change-sequence row like a pipeline run, so the two never interleave.
 */
public final class ReindexService {
  private static final int BATCH = 1000;
  private final DataSource dataSource;
  /** The rules to index with; null: the university's stored rules ({@code indexing_setting}). */
  private final IndexingConfig config;

  public ReindexService(DataSource dataSource, IndexingConfig config) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Re-indexes with the university's stored rules. */
  public ReindexService(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.config = null;
  }

  public ReindexReport reindex() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        ReindexReport r = reindex(c);
        c.commit();
        return r;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("re-index failed: " + e.getMessage(), e);
    }
  }

  private ReindexReport reindex(Connection c) throws SQLException {
    long version = lockSequence(c) + 1;
    IndexingLists lists = IndexListStore.load(c);
    Indexer indexer = lists.isEmpty() ? null : new Indexer(lists,
        config != null ? config : IndexingSettingsStore.config(c));
    Map<String, Work> works = works(c);
    TableRowAssembler assembler = new TableRowAssembler(version);
    Map<String, Indexing> indexing = new HashMap<>();
    List<TableRow> changed = new ArrayList<>();
    int checked = 0;
    try (PreparedStatement ps = c.prepareStatement(
            TableRowStore.select() + " WHERE deleted = FALSE ORDER BY row_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        TableRow row = TableRowStore.read(rs);
        Work work = works.get(row.workId());
        if (work == null) {
          continue; // the work was withdrawn after the row was written; the next run deletes it
        }
        checked++;
        Indexing idx = indexer == null ? null
            : indexing.computeIfAbsent(work.id(), k -> indexer.index(work));
        TableRow now = assembler.reindexed(row, work, idx);
        if (TableRowAssembler.indexingDiffers(row, now)) {
          changed.add(now);
        }
      }
    }
    try (PreparedStatement ps = TableRowStore.upsert(c)) {
      int n = 0;
      for (TableRow row : changed) {
        TableRowStore.bind(ps, row, version, TableRowStore.contentHash(row));
        ps.addBatch();
        if (++n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    if (changed.isEmpty()) {
      version--;
    }
    // the provenance changes with the rules even where the values stay (a new rule, same year)
    WorkIndexingStore.write(c, indexing, version);
    if (!changed.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE change_sequence SET value = ? WHERE name = 'table_row'")) {
        ps.setLong(1, version);
        ps.executeUpdate();
      }
    }
    return new ReindexReport(works.size(), checked, changed.size(), version, lists.toString());
  }

  /** The active works by stable id, with their stored member records (every reading). */
  private static Map<String, Work> works(Connection c) throws SQLException {
    StoredRecords stored = StoredRecords.load(c);
    Map<Long, String> workOfRecord = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT m.source_record_id, w.work_key"
        + " FROM work_member m JOIN work w ON w.id = m.work_id"
        + " WHERE w.status = 'active' AND w.work_key IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        workOfRecord.put(rs.getLong(1), rs.getString(2));
      }
    }
    Map<String, List<SourceRecord>> members = new LinkedHashMap<>();
    for (SourceRecord r : stored.records()) {
      String key = workOfRecord.get(stored.id(r));
      if (key != null) {
        members.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    WorkMerger merger = new WorkMerger(MergeRules.defaults());
    Map<String, Work> works = new HashMap<>();
    members.forEach((key, records) ->
        works.put(key, new Work(key, records, merger.merge(records), List.of())));
    return works;
  }

  private static long lockSequence(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT value FROM change_sequence WHERE name = 'table_row' FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("change_sequence has no table_row counter");
      }
      return rs.getLong(1);
    }
  }
}
