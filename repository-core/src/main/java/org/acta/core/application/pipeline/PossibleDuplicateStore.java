package org.acta.core.application.pipeline;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.PossibleMatch;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Keeps the run's possible duplicates ({@code possible_duplicate}): one row per pair of works,
 * from the record pair the engine scored highest, with its evidence in words and the two source
 * records' ids (which survive re-clustering, while work keys do not).
 *
 * <p>Every run replaces them all, incremental runs too: deduplication clusters every stored
 * record on every run, so each run knows every pair, and a new record can make a pair between
 * two works it does not touch. Pairs people already decided never reach this store ({@link
 * CuratedDeduplicator} leaves them out).
 */
final class PossibleDuplicateStore {
  private static final int BATCH = 1000;
  private static final JsonProvider JSON = JsonProvider.provider();

  private PossibleDuplicateStore() {}

  /** @return how many pairs of works were stored */
  static int replace(Connection c, DedupResult dedup, StoredRecords stored,
      Map<String, Long> workIds) throws SQLException {
    Map<String, Long> recordOfKey = new HashMap<>();
    for (Work w : dedup.works()) {
      for (SourceRecord r : w.records()) {
        recordOfKey.putIfAbsent(r.sourceKey(), stored.id(r));
      }
    }
    // one pair per pair of works, its best record pair (ties: the first the engine gave)
    Map<String, PossibleMatch> best = new LinkedHashMap<>();
    for (PossibleMatch m : dedup.possibleMatches()) {
      if (m.workIdA().equals(m.workIdB())) {
        continue;
      }
      boolean ordered = m.workIdA().compareTo(m.workIdB()) < 0;
      String key = ordered ? m.workIdA() + "\u0000" + m.workIdB()
          : m.workIdB() + "\u0000" + m.workIdA();
      PossibleMatch was = best.get(key);
      if (was == null || m.probability() > was.probability()) {
        best.put(key, m);
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM possible_duplicate");
    }
    int count = 0;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO possible_duplicate (work_a_id,"
        + " work_b_id, record_a_id, record_b_id, score, evidence_json)"
        + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (PossibleMatch m : best.values()) {
        // work a is the one whose key sorts first: the same pair reads the same on every run
        boolean ordered = m.workIdA().compareTo(m.workIdB()) < 0;
        Long workA = workIds.get(ordered ? m.workIdA() : m.workIdB());
        Long workB = workIds.get(ordered ? m.workIdB() : m.workIdA());
        Long recordA = recordOfKey.get(ordered ? m.sourceKeyA() : m.sourceKeyB());
        Long recordB = recordOfKey.get(ordered ? m.sourceKeyB() : m.sourceKeyA());
        if (workA == null || workB == null || recordA == null || recordB == null) {
          throw new IllegalStateException("possible duplicate names a work or record the run"
              + " did not store: " + m.workIdA() + " " + m.sourceKeyA() + " / " + m.workIdB()
              + " " + m.sourceKeyB());
        }
        ps.setLong(1, workA);
        ps.setLong(2, workB);
        ps.setLong(3, recordA);
        ps.setLong(4, recordB);
        ps.setBigDecimal(5, BigDecimal.valueOf(Math.max(0, Math.min(1, m.probability())))
            .setScale(6, RoundingMode.HALF_UP));
        JsonArrayBuilder evidence = JSON.createArrayBuilder();
        m.evidence().forEach(evidence::add);
        ps.setString(6, evidence.build().toString());
        ps.addBatch();
        if (++count % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    return count;
  }
}
