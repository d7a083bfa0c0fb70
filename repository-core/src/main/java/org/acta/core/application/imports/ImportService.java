package org.acta.core.application.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.domain.shared.Sha256;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;

/**
 * Imports export files into the database. A file is first <em>staged</em> (kept on disk, a row
 * in {@code import_file} with status {@code queued}), then <em>run</em>: counted, then read again
 * and stored in chunks, each chunk one transaction that also moves the file's resume point. A run
 * that is interrupted (a stop, a crash, {@code kill -9}) is run again and goes on after the last
 * committed record, so no record is lost and none is stored twice.
 *
 * <p>Plain JDBC rather than JPA: hundreds of thousands of rows go in as batches with flat memory,
 * and the same code runs in the server, in the command line and in tests against a bare database.
 * The caller's data source must give connections outside any JTA transaction.
 */
public final class ImportService {

  /** Records per transaction when none is given. */
  public static final int DEFAULT_CHUNK = 500;

  private final DataSource dataSource;
  private final Harvester harvester;
  private final int chunkSize;

  public ImportService(DataSource dataSource, Harvester harvester, int chunkSize) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.harvester = Objects.requireNonNull(harvester, "harvester");
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be positive: " + chunkSize);
    }
    this.chunkSize = chunkSize;
  }

  public ImportService(DataSource dataSource) {
    this(dataSource, new Harvester(), DEFAULT_CHUNK);
  }

  /** Opens a batch: the files of one upload or one command. */
  public long openBatch(String startedBy, String note) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO import_batch (started_by, note) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, startedBy);
      ps.setString(2, note);
      ps.executeUpdate();
      return generatedKey(ps);
    } catch (SQLException e) {
      throw new ImportStorageException("cannot open an import batch", e);
    }
  }

  /**
   * Registers a file kept at {@code stagedFile} (whose base name is the file's own name: it
   * becomes each record's source key) for import, status {@code queued}. The file must stay
   * where it is until its import has finished.
   *
   * @return the id of the file's import
   */
  public long stage(long batchId, Path stagedFile) {
    String sha256;
    long size;
    try {
      sha256 = Sha256.hex(stagedFile);
      size = Files.size(stagedFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + stagedFile, e);
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long id;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO import_file (batch_id, file_name, file_sha256, size_bytes, staged_path)"
              + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, batchId);
        ps.setString(2, stagedFile.getFileName().toString());
        ps.setString(3, sha256);
        ps.setLong(4, size);
        ps.setString(5, stagedFile.toAbsolutePath().toString());
        ps.executeUpdate();
        id = generatedKey(ps);
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE import_batch SET file_count = file_count + 1, status = 'running',"
              + " finished_at = NULL WHERE id = ?")) {
        ps.setLong(1, batchId);
        ps.executeUpdate();
      }
      c.commit();
      return id;
    } catch (SQLException e) {
      throw new ImportStorageException("cannot stage " + stagedFile, e);
    }
  }

  /** Imports that were queued or under way when the server stopped, oldest first. */
  public List<Long> unfinished() {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM import_file WHERE status IN ('queued', 'running') ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new ImportStorageException("cannot list unfinished imports", e);
    }
  }

  /**
   * Runs (or resumes) the import of a staged file to its end. Safe to call again after any
   * interruption, a failed run included (it goes on after the last committed record); a finished
   * import is left as it is.
   *
   * @return the final progress
   */
  public ImportProgress run(long importFileId) {
    ImportProgress at = progress(importFileId)
        .orElseThrow(() -> new IllegalArgumentException("no import file " + importFileId));
    if (ImportProgress.FINISHED.equals(at.status())) {
      return at;
    }
    FileRow file = loadFile(importFileId);
    try {
      markStarted(file);
      if (file.total == null) {
        count(file);
      }
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        ChunkWriter writer = new ChunkWriter(c, file, chunkSize);
        harvester.read(file.path, writer);
        writer.flush();
      }
      finish(file, ImportProgress.FINISHED, null);
    } catch (IOException | SQLException | RuntimeException e) {
      // Kept, not thrown: the failure is the import's state, shown to whoever follows it.
      finish(file, ImportProgress.FAILED, String.valueOf(e.getMessage()));
    }
    return progress(importFileId).orElseThrow();
  }

  /** The stored progress of a file's import. */
  public Optional<ImportProgress> progress(long importFileId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id, batch_id, file_name, status, detected_format, detected_charset,"
                + " records_total, records_read, records_new, records_known, records_dropped,"
                + " problem_count, failure FROM import_file WHERE id = ?")) {
      ps.setLong(1, importFileId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(progressOf(rs));
      }
    } catch (SQLException e) {
      throw new ImportStorageException("cannot read import " + importFileId, e);
    }
  }

  /** The progress of every file of a batch, in staging order. */
  public List<ImportProgress> batchProgress(long batchId) {
    List<ImportProgress> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id, batch_id, file_name, status, detected_format, detected_charset,"
                + " records_total, records_read, records_new, records_known, records_dropped,"
                + " problem_count, failure FROM import_file WHERE batch_id = ? ORDER BY id")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(progressOf(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new ImportStorageException("cannot read batch " + batchId, e);
    }
  }

  /** The first {@code limit} problems of a file's import, in file order. */
  public List<ImportProblemView> problems(long importFileId, int limit) {
    List<ImportProblemView> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT record_number, line, field, reason, fatal FROM import_problem"
                + " WHERE import_file_id = ? ORDER BY record_number, id LIMIT ?")) {
      ps.setLong(1, importFileId);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ImportProblemView(rs.getInt(1), rs.getInt(2), rs.getString(3),
              rs.getString(4), rs.getBoolean(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new ImportStorageException("cannot read the problems of import " + importFileId, e);
    }
  }

  private static ImportProgress progressOf(ResultSet rs) throws SQLException {
    int total = rs.getInt(7);
    Integer recordsTotal = rs.wasNull() ? null : total;
    return new ImportProgress(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), recordsTotal, rs.getInt(8), rs.getInt(9),
        rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getString(13));
  }

  private FileRow loadFile(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT batch_id, file_sha256, staged_path, records_total, resume_after_record,"
                + " records_read, records_new, records_known, records_dropped, problem_count,"
                + " detected_format, detected_charset FROM import_file WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        FileRow f = new FileRow(id, rs.getLong(1), rs.getString(2), Path.of(rs.getString(3)));
        int total = rs.getInt(4);
        f.total = rs.wasNull() ? null : total;
        f.resumeAfter = rs.getInt(5);
        f.read = rs.getInt(6);
        f.fresh = rs.getInt(7);
        f.known = rs.getInt(8);
        f.dropped = rs.getInt(9);
        f.problems = rs.getInt(10);
        f.format = rs.getString(11);
        f.charset = rs.getString(12);
        return f;
      }
    } catch (SQLException e) {
      throw new ImportStorageException("cannot read import " + id, e);
    }
  }

  private void markStarted(FileRow file) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE import_file SET status = 'running',"
                + " started_at = COALESCE(started_at, CURRENT_TIMESTAMP(3)) WHERE id = ?")) {
      ps.setLong(1, file.id);
      ps.executeUpdate();
    }
  }

  /** Reads the file once without storing, for the total and the detected format and charset. */
  private void count(FileRow file) throws IOException, SQLException {
    FileReport report = harvester.read(file.path, new RecordSink() {
      @Override
      public void record(SourceRecord record) {}

      @Override
      public void problem(ParseProblem problem) {}
    });
    file.total = report.records() + report.dropped();
    file.format = report.format() == null ? null : report.format().displayName();
    file.charset = report.charset() == null ? null : report.charset().name();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE import_file SET records_total = ?, detected_format = ?, detected_charset = ?"
                + " WHERE id = ?")) {
      ps.setInt(1, file.total);
      ps.setString(2, file.format);
      ps.setString(3, file.charset);
      ps.setLong(4, file.id);
      ps.executeUpdate();
    }
  }

  private void finish(FileRow file, String status, String failure) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE import_file SET status = ?, failure = ?, finished_at = CURRENT_TIMESTAMP(3)"
              + " WHERE id = ?")) {
        ps.setString(1, status);
        ps.setString(2, failure == null ? null : truncate(failure, 2048));
        ps.setLong(3, file.id);
        ps.executeUpdate();
      }
      closeBatchIfDone(c, file.batchId);
      c.commit();
    } catch (SQLException e) {
      throw new ImportStorageException("cannot record the end of import " + file.id, e);
    }
  }

  /** When no file of the batch is left to read, the batch gets its totals and its end. */
  private static void closeBatchIfDone(Connection c, long batchId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE import_batch b JOIN (SELECT batch_id,"
            + " SUM(status IN ('queued', 'running')) AS open_files,"
            + " SUM(status = 'failed') AS failed_files,"
            + " SUM(records_new) AS records, SUM(problem_count) AS problems"
            + " FROM import_file WHERE batch_id = ? GROUP BY batch_id) f ON f.batch_id = b.id"
            + " SET b.status = IF(f.failed_files > 0, 'failed', 'finished'),"
            + " b.finished_at = CURRENT_TIMESTAMP(3), b.record_count = f.records,"
            + " b.problem_count = f.problems WHERE b.id = ? AND f.open_files = 0")) {
      ps.setLong(1, batchId);
      ps.setLong(2, batchId);
      ps.executeUpdate();
    }
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  /** What a run needs to know about the file, and its counters as they move. */
  static final class FileRow {
    final long id;
    final long batchId;
    final String sha256;
    final Path path;
    Integer total;
    int resumeAfter;
    int read;
    int fresh;
    int known;
    int dropped;
    int problems;
    String format;
    String charset;

    FileRow(long id, long batchId, String sha256, Path path) {
      this.id = id;
      this.batchId = batchId;
      this.sha256 = sha256;
      this.path = path;
    }
  }
}
