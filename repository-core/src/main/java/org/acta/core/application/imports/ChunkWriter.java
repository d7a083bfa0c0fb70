package org.acta.core.application.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.core.infrastructure.records.SourceRecordJson;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.model.VerbatimHash;

/**
 * Stores the records and problems a parser streams, a chunk per transaction. Each transaction
 * also moves the file's resume point and counters, so after a crash the stored state and the
 * resume point agree: records at or before it are skipped when the file is read again.
 *
 * <p>A record whose natural key is already stored (same WoS UT, EI accession, CNKI id, or same
 * verbatim text) is not stored again; only a sighting (file, record number, lines) is added, and
 * not even that when the same file content was imported before.
 */
final class ChunkWriter implements RecordSink {
  private final Connection connection;
  private final ImportService.FileRow file;
  private final int chunkSize;
  private final SourceRecordJson json = new SourceRecordJson();
  private final List<SourceRecord> records = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();
  private int lastNumber;
  /**
   * The first storage failure. Parsers turn an exception thrown by a sink into a record problem
   * and read on, so the writer stops taking records itself and {@link #flush()} reports it.
   */
  private ImportStorageException failure;

  ChunkWriter(Connection connection, ImportService.FileRow file, int chunkSize) {
    this.connection = connection;
    this.file = file;
    this.chunkSize = chunkSize;
    this.lastNumber = file.resumeAfter;
  }

  @Override
  public void record(SourceRecord record) {
    if (failure != null || record.origin().recordNumber() <= file.resumeAfter) {
      return; // committed before the interruption
    }
    // Flush before adding, not after: a warning the parser reports after a record then still
    // travels in that record's chunk.
    if (records.size() >= chunkSize) {
      flush();
    }
    records.add(record);
    lastNumber = Math.max(lastNumber, record.origin().recordNumber());
  }

  @Override
  public void problem(ParseProblem problem) {
    if (failure != null) {
      return;
    }
    if (problem.recordNumber() > 0 && problem.recordNumber() <= file.resumeAfter) {
      return;
    }
    if (problem.recordNumber() == 0 && file.resumeAfter > 0) {
      return; // a problem with the whole file was stored by the first attempt
    }
    problems.add(problem);
    if (problem.fatalForRecord() && problem.recordNumber() > 0) {
      lastNumber = Math.max(lastNumber, problem.recordNumber());
    }
  }

  /**
   * Stores what is buffered in one transaction.
   *
   * @throws ImportStorageException when this or an earlier chunk could not be stored
   */
  void flush() {
    if (failure != null) {
      throw failure;
    }
    if (records.isEmpty() && problems.isEmpty()) {
      return;
    }
    try {
      storeRecords();
      storeProblems();
      saveProgress();
      connection.commit();
      file.resumeAfter = lastNumber;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      failure = new ImportStorageException("cannot store records of import " + file.id, e);
      throw failure;
    }
    records.clear();
    problems.clear();
  }

  private void storeRecords() throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    Map<String, Stored> stored = findStored(records);
    // The first reading of a natural key in this chunk creates the record.
    Map<String, SourceRecord> fresh = new LinkedHashMap<>();
    for (SourceRecord r : records) {
      String key = r.naturalKey();
      if (!stored.containsKey(key)) {
        fresh.putIfAbsent(key, r);
      }
    }
    insertRecords(fresh.values());
    Map<String, Stored> all = fresh.isEmpty() ? stored : findStored(records);
    int known = 0;
    for (SourceRecord r : records) {
      if (fresh.get(r.naturalKey()) != r) {
        known++;
      }
    }
    insertSightings(all);
    file.fresh += fresh.size();
    file.known += known;
    file.read += records.size();
  }

  private void storeProblems() throws SQLException {
    if (problems.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO import_problem (import_file_id, record_number, line, field, reason, fatal)"
            + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ParseProblem p : problems) {
        ps.setLong(1, file.id);
        ps.setInt(2, p.recordNumber());
        ps.setInt(3, p.line());
        ps.setString(4, ImportService.truncate(p.field(), 128));
        ps.setString(5, ImportService.truncate(String.valueOf(p.reason()), 2048));
        ps.setBoolean(6, p.fatalForRecord());
        ps.addBatch();
        if (p.fatalForRecord() && p.recordNumber() > 0) {
          file.dropped++;
          file.read++;
        }
      }
      ps.executeBatch();
    }
    file.problems += problems.size();
  }

  private void saveProgress() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE import_file SET records_read = ?, records_new = ?, records_known = ?,"
            + " records_dropped = ?, problem_count = ?, resume_after_record = ? WHERE id = ?")) {
      ps.setInt(1, file.read);
      ps.setInt(2, file.fresh);
      ps.setInt(3, file.known);
      ps.setInt(4, file.dropped);
      ps.setInt(5, file.problems);
      ps.setInt(6, lastNumber);
      ps.setLong(7, file.id);
      ps.executeUpdate();
    }
  }

  /** Stored records with the natural keys of these records: key → (id, verbatim hash). */
  private Map<String, Stored> findStored(List<SourceRecord> batch) throws SQLException {
    Map<String, List<String>> keysBySource = new HashMap<>();
    for (SourceRecord r : batch) {
      keysBySource.computeIfAbsent(r.source().name(), s -> new ArrayList<>()).add(r.naturalKey());
    }
    Map<String, Stored> out = new HashMap<>();
    for (Map.Entry<String, List<String>> e : keysBySource.entrySet()) {
      List<String> keys = e.getValue().stream().distinct().toList();
      String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT natural_key, id, verbatim_sha256 FROM source_record"
              + " WHERE source_database = ? AND natural_key IN (" + marks + ")")) {
        ps.setString(1, e.getKey());
        for (int i = 0; i < keys.size(); i++) {
          ps.setString(i + 2, keys.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3)));
          }
        }
      }
    }
    return out;
  }

  private void insertRecords(Iterable<SourceRecord> fresh) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT IGNORE INTO source_record (batch_id, source_database, natural_key, file_name,"
            + " file_sha256, detected_format, detected_charset, record_number, first_line,"
            + " last_line, verbatim_text, verbatim_sha256, parsed_fields)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (SourceRecord r : fresh) {
        var o = r.origin();
        ps.setLong(1, file.batchId);
        ps.setString(2, r.source().name());
        ps.setString(3, r.naturalKey());
        ps.setString(4, o.fileName());
        ps.setString(5, file.sha256);
        ps.setString(6, r.format() != null ? r.format() : nonNull(file.format));
        ps.setString(7, nonNull(file.charset));
        ps.setInt(8, o.recordNumber());
        ps.setInt(9, Math.max(1, o.firstLine()));
        ps.setInt(10, Math.max(Math.max(1, o.firstLine()), o.lastLine()));
        ps.setString(11, o.verbatim());
        ps.setString(12, VerbatimHash.of(o.verbatim()));
        ps.setString(13, json.write(r));
        ps.addBatch();
        n++;
      }
      if (n > 0) {
        ps.executeBatch();
      }
    }
  }

  private void insertSightings(Map<String, Stored> stored) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT IGNORE INTO source_record_sighting (source_record_id, import_file_id, file_sha256,"
            + " file_name, record_number, first_line, last_line, verbatim_sha256, verbatim_text,"
            + " parsed_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SourceRecord r : records) {
        Stored s = stored.get(r.naturalKey());
        if (s == null) {
          throw new IllegalStateException("record " + r.sourceKey() + " was not stored");
        }
        var o = r.origin();
        String hash = VerbatimHash.of(o.verbatim());
        ps.setLong(1, s.id);
        ps.setLong(2, file.id);
        ps.setString(3, file.sha256);
        ps.setString(4, o.fileName());
        ps.setInt(5, o.recordNumber());
        ps.setInt(6, Math.max(1, o.firstLine()));
        ps.setInt(7, Math.max(Math.max(1, o.firstLine()), o.lastLine()));
        ps.setString(8, hash);
        // Another reading of the same record with other text (another export format) keeps it.
        boolean sameText = hash.equals(s.verbatimSha256);
        ps.setString(9, sameText ? null : o.verbatim());
        ps.setString(10, sameText ? null : json.write(r));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String nonNull(String s) {
    return s == null ? "unknown" : s;
  }

  private record Stored(long id, String verbatimSha256) {}
}
