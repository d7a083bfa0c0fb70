package org.acta.core.application.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.decision.HumanDecisions;
import org.acta.core.application.decision.WorkCuration;
import org.acta.core.application.indexing.IndexListStore;
import org.acta.core.application.indexing.IndexingSettingsStore;
import org.acta.core.application.indexing.WorkIndexingStore;
import org.acta.matching.attribution.Attributor;
import org.acta.matching.attribution.Attributors;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.indexing.Indexer;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.pipeline.OfflinePipeline;
import org.acta.matching.pipeline.PipelineResult;
import org.acta.matching.pipeline.TableRow;
import org.acta.matching.work.Work;

/**
 * Runs the engine over every stored source record and materialises what it found: works (by
 * the engine's stable work id), work members, attribution suggestions and the one table.
 * Materialisation is one transaction that holds the table's change-sequence row, so runs never
 * interleave, a reader sees a run entirely or not at all, and versions grow in commit order. Only
 * rows whose content changed get the new version; rows that disappeared are kept, deleted.
 *
 * <p>People's decisions (the {@code decision_event} log) are laid over the machine's answer
 * before anything is stored: a re-run never overrides them, and a machine answer that disagrees
 * goes to review.
 *
 * <p>The engine is the same as the offline pipeline's ({@link Deduplicators#standard()}, {@link
 * Attributors#standard}); the dictionary comes from the database's units and people. People's
 * merges and splits are laid over the engine's clusters ({@link CuratedDeduplicator}), and
 * decisions follow the source records they were about to whatever work holds them now.
 */
public final class PipelineService {
  private static final int BATCH = 1000;

  private final DataSource dataSource;

  public PipelineService(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** A full run: every stored record through deduplication and attribution. */
  public PipelineRunReport runFull() {
    return run(false);
  }

  /**
   * An incremental run: deduplication places the new and changed records among the stored ones
   * (the engine clusters all of them, which is what makes it give the same works as a full run),
   * and only the works they touch — new members, re-read records, decisions since the last run —
   * are attributed, indexed and written; the table rows of every other work keep their version.
   * After an HR change it runs in full, since a person's unit can change any row. With nothing
   * new since the last run it does nothing and reports the stored state (records counted once
   * each, without their other readings).
   */
  public PipelineRunReport runIncremental() {
    return run(true);
  }

  private PipelineRunReport run(boolean incremental) {
    long started = System.currentTimeMillis();
    try (Connection c = dataSource.getConnection()) {
      PipelineMarks since = PipelineMarks.stored(c);
      PipelineMarks now = PipelineMarks.now(c);
      if (incremental && since.sourceRecord() > 0 && now.equals(since)) {
        // No record, re-reading, decision or HR change since the last run: its result stands.
        // (At 300 000 records loading and clustering alone take minutes; an import that added
        // nothing new should not cost that.)
        return unchanged(c, started);
      }
      StoredRecords stored = StoredRecords.load(c);
      UniversityDictionary dictionary = DatabaseDictionary.load(c);
      Optional<Attributor> attributor =
          dictionary == null ? Optional.empty() : Optional.of(Attributors.standard(dictionary));
      // the indexing columns follow the current versions of the imported lists, if any, by the
      // university's stored rules
      IndexingLists lists = IndexListStore.load(c);
      Optional<Indexer> indexer = lists.isEmpty() ? Optional.empty()
          : Optional.of(new Indexer(lists, IndexingSettingsStore.config(c)));
      // people's merges and splits hold on every run, whatever the engine finds
      CuratedDeduplicator deduplicator =
          new CuratedDeduplicator(Deduplicators.standard(), WorkCuration.load(c), stored::id);
      DedupResult works = deduplicator.deduplicate(stored.records());
      Map<Long, String> workOfRecord = new HashMap<>();
      for (Work w : works.works()) {
        w.records().forEach(r -> workOfRecord.putIfAbsent(stored.id(r), w.id()));
      }
      IncrementalScope scope = incremental && now.directoryChange() == since.directoryChange()
          && since.sourceRecord() > 0
          ? IncrementalScope.of(c, works, stored, workOfRecord, since) : null;
      PipelineResult result = new OfflinePipeline(deduplicator, attributor, indexer)
          .attribute(works, w -> scope == null || scope.touches(w.id()));
      c.setAutoCommit(false);
      try {
        // The sequence lock before reading the decisions: a person's decision that PersonRows
        // writes into its row meanwhile waits for this run, and this run sees every decision
        // committed before it, so a run never writes back a row's status from before a decision.
        long version = lockSequence(c) + 1;
        // decisions follow their source records to the works they are in now
        HumanOverlay human = HumanOverlay.apply(result,
            HumanDecisions.load(c, workOfRecord::get), dictionary);
        PipelineRunReport report =
            materialise(c, stored, result, human, scope, version, started);
        // an incremental run indexes only the works it touches; the others keep their detail
        WorkIndexingStore.write(c, result.indexing(), report.version());
        now.store(c);
        c.commit();
        return report;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("pipeline run failed: " + e.getMessage(), e);
    }
  }

  private PipelineRunReport materialise(Connection c, StoredRecords stored, PipelineResult result,
      HumanOverlay human, IncrementalScope scope, long version, long started)
      throws SQLException {
    Map<String, Long> workIds = new HashMap<>();
    int[] works = storeWorks(c, result, workIds);
    int moved = storeMembers(c, stored, result, workIds);
    // every work, also in an incremental run: a work's dedup evidence can change with records
    // it does not hold (IncrementalEqualsFullOnSyntheticDevTest caught it); unchanged ones are
    // not written
    WorkProvenanceStore.store(c, result.dedup().works(), stored, workIds);
    // every pair, also in an incremental run: a new record can pair two works it does not touch
    PossibleDuplicateStore.replace(c, result.dedup(), stored, workIds);
    int review = storeSuggestions(c, result, human, workIds, scope);
    List<TableRow> rows = scope == null ? human.rows()
        : human.rows().stream().filter(r -> scope.touches(r.workId())).toList();
    int[] changed = storeTable(c, rows, version, scope);
    if (changed[0] + changed[1] > 0) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE change_sequence SET value = ? WHERE name = 'table_row'")) {
        ps.setLong(1, version);
        ps.executeUpdate();
      }
    } else {
      version--;
    }
    return new PipelineRunReport(stored.records().size(), result.dedup().works().size(),
        works[0], works[1], moved, review, changed[0], changed[1], version,
        System.currentTimeMillis() - started,
        scope == null ? result.dedup().works().size() : scope.size());
  }

  /** The report of a run that had nothing new to do: the stored state, as it is. */
  private static PipelineRunReport unchanged(Connection c, long started) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT"
            + " (SELECT COUNT(*) FROM source_record),"
            + " (SELECT COUNT(*) FROM work WHERE status = 'active'),"
            + " (SELECT value FROM change_sequence WHERE name = 'table_row')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new PipelineRunReport(rs.getInt(1), rs.getInt(2), 0, 0, 0, 0, 0, 0, rs.getLong(3),
          System.currentTimeMillis() - started, 0);
    }
  }

  /** Takes the table's change-sequence row: one materialisation at a time. */
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

  /** @return {created, withdrawn} */
  private static int[] storeWorks(Connection c, PipelineResult result, Map<String, Long> ids)
      throws SQLException {
    Map<String, String> status = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT work_key, id, status FROM work WHERE work_key IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
        status.put(rs.getString(1), rs.getString(3));
      }
    }
    Set<String> current = new HashSet<>();
    int created = 0;
    // Batches, not a round trip per work: a first run over 300 000 records creates 200 000.
    try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO work (work_key, status) VALUES (?, 'active')");
        PreparedStatement revive = c.prepareStatement(
            "UPDATE work SET status = 'active', merged_into_id = NULL WHERE id = ?")) {
      for (Work w : result.dedup().works()) {
        current.add(w.id());
        Long id = ids.get(w.id());
        if (id == null) {
          insert.setString(1, w.id());
          insert.addBatch();
          if (++created % BATCH == 0) {
            insert.executeBatch();
          }
        } else if (!"active".equals(status.get(w.id()))) {
          revive.setLong(1, id);
          revive.addBatch();
        }
      }
      insert.executeBatch();
      revive.executeBatch();
    }
    if (created > 0) {
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT work_key, id FROM work WHERE work_key IS NOT NULL");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    int withdrawn = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE work SET status = 'withdrawn' WHERE id = ?")) {
      for (Map.Entry<String, String> e : status.entrySet()) {
        if ("active".equals(e.getValue()) && !current.contains(e.getKey())) {
          ps.setLong(1, ids.get(e.getKey()));
          ps.addBatch();
          withdrawn++;
        }
      }
      ps.executeBatch();
    }
    return new int[] {created, withdrawn};
  }

  private static int storeMembers(Connection c, StoredRecords stored, PipelineResult result,
      Map<String, Long> workIds) throws SQLException {
    Map<Long, Long> workOfRecord = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT source_record_id, work_id FROM work_member");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        workOfRecord.put(rs.getLong(1), rs.getLong(2));
      }
    }
    int moved = 0;
    Set<Long> placed = new HashSet<>();
    try (PreparedStatement delete = c.prepareStatement(
            "DELETE FROM work_member WHERE source_record_id = ?");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO work_member (work_id, source_record_id) VALUES (?, ?)")) {
      int pending = 0;
      for (Work w : result.dedup().works()) {
        long workId = workIds.get(w.id());
        for (SourceRecord r : w.records()) {
          long recordId = stored.id(r);
          Long was = workOfRecord.get(recordId);
          if (!placed.add(recordId)) {
            continue; // another reading of a record already placed (its first reading decides)
          }
          if (was != null && was == workId) {
            continue;
          }
          if (was != null) {
            delete.setLong(1, recordId);
            delete.addBatch();
          }
          insert.setLong(1, workId);
          insert.setLong(2, recordId);
          insert.addBatch();
          moved++;
          if (++pending % BATCH == 0) {
            delete.executeBatch();
            insert.executeBatch();
          }
        }
      }
      delete.executeBatch();
      insert.executeBatch();
    }
    return moved;
  }

  /** Replaces the derived suggestions (auto and review) of the run's works with this run's. */
  private static int storeSuggestions(Connection c, PipelineResult result, HumanOverlay human,
      Map<String, Long> workIds, IncrementalScope scope) throws SQLException {
    if (scope == null) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM authorship_suggestion");
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM authorship_suggestion WHERE work_id = ?")) {
        for (String key : scope.storedKeys()) {
          Long id = workIds.get(key);
          if (id != null) {
            ps.setLong(1, id);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
    }
    int review = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO authorship_suggestion (work_id, author_rank, author_name, person_code,"
            + " unit_code, outcome, score, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (AuthorshipDecision d : result.decisions()) {
        if (d.outcome() == Outcome.REJECT) {
          continue;
        }
        // A machine answer that disagrees with a person's goes to review, never to the table;
        // a position a person decided is not asked again.
        Outcome outcome = human.conflicts(d.workId(), d.authorRank()) ? Outcome.REVIEW
            : d.outcome();
        // A person who rejected the work is never proposed for it again; the machine's answer
        // is kept as 'rejected' only at the position the person disputed, for staff to see.
        boolean rejected = human.rejected(d.workId(), d.personId());
        if (rejected && !human.decided(d.workId(), d.authorRank())) {
          continue;
        }
        if (!rejected && outcome == Outcome.REVIEW && human.decided(d.workId(), d.authorRank())
            && !human.conflicts(d.workId(), d.authorRank())) {
          continue;
        }
        ps.setLong(1, workIds.get(d.workId()));
        ps.setInt(2, d.authorRank());
        ps.setString(3, d.authorName());
        ps.setString(4, d.personId());
        ps.setString(5, d.unitId());
        ps.setString(6, rejected ? "rejected" : outcome == Outcome.AUTO ? "auto" : "review");
        ps.setBigDecimal(7, BigDecimal.valueOf(Math.max(0, Math.min(1, d.score())))
            .setScale(6, RoundingMode.HALF_UP));
        ps.setString(8, String.join("; ", d.reasons()));
        ps.addBatch();
        if (outcome == Outcome.REVIEW && !rejected) {
          review++;
        }
        if (++pending % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return review;
  }

  /**
   * Writes the rows that changed and marks deleted the stored rows that are gone: of the whole
   * table, or (incremental) of the scope's works only.
   *
   * @return {changed, deleted}
   */
  private static int[] storeTable(Connection c, List<TableRow> table, long version,
      IncrementalScope scope) throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    Set<String> deleted = new HashSet<>();
    if (scope == null) {
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT row_id, content_sha256, deleted FROM table_row");
          ResultSet rs = ps.executeQuery()) {
        readHashes(rs, hashes, deleted);
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT row_id, content_sha256, deleted FROM table_row WHERE work_id = ?")) {
        for (String key : scope.storedKeys()) {
          ps.setString(1, key);
          try (ResultSet rs = ps.executeQuery()) {
            readHashes(rs, hashes, deleted);
          }
        }
      }
    }
    Set<String> current = new HashSet<>();
    int changed = 0;
    try (PreparedStatement ps = TableRowStore.upsert(c)) {
      for (TableRow row : table) {
        if (!current.add(row.rowId())) {
          continue; // one row per (work, person): the first position wins
        }
        String hash = TableRowStore.contentHash(row);
        if (hash.equals(hashes.get(row.rowId())) && !deleted.contains(row.rowId())) {
          continue;
        }
        TableRowStore.bind(ps, row, version, hash);
        ps.addBatch();
        if (++changed % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    int gone = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE table_row SET deleted = TRUE, version = ? WHERE row_id = ?")) {
      for (String rowId : hashes.keySet()) {
        if (!current.contains(rowId) && !deleted.contains(rowId)) {
          ps.setLong(1, version);
          ps.setString(2, rowId);
          ps.addBatch();
          if (++gone % BATCH == 0) {
            ps.executeBatch();
          }
        }
      }
      ps.executeBatch();
    }
    return new int[] {changed, gone};
  }

  private static void readHashes(ResultSet rs, Map<String, String> hashes, Set<String> deleted)
      throws SQLException {
    while (rs.next()) {
      hashes.put(rs.getString(1), rs.getString(2));
      if (rs.getBoolean(3)) {
        deleted.add(rs.getString(1));
      }
    }
  }
}
