package org.acta.core.application.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.matching.pipeline.TableRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the database's current state in the offline pipeline's contract
 * ({@code shared/design/evaluation.md}): {@code works.csv} (every reading of every record, so
 * a record read from two files appears under both source keys, in its one work), {@code
 * table.csv} (rows not deleted) and {@code review.csv}. The scorer then measures the database
 * exactly as it measures {@code acta pipeline}.
 */
public final class DatabaseCsvExport {
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final DataSource dataSource;

  public DatabaseCsvExport(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Writes the three files into {@code dir} (created if missing). */
  public void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Connection c = dataSource.getConnection();
        Writer works = Files.newBufferedWriter(dir.resolve("works.csv"), StandardCharsets.UTF_8);
        Writer table = Files.newBufferedWriter(dir.resolve("table.csv"), StandardCharsets.UTF_8);
        Writer review =
            Files.newBufferedWriter(dir.resolve("review.csv"), StandardCharsets.UTF_8)) {
      writeWorks(c, works);
      writeTable(c, table);
      writeReview(c, review);
    } catch (SQLException e) {
      throw new IOException("cannot read the database: " + e.getMessage(), e);
    }
  }

  void writeWorks(Connection c, Writer out) throws SQLException, IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV);
        PreparedStatement ps = c.prepareStatement(
            "SELECT w.work_key, s.file_name, s.record_number FROM source_record_sighting s"
                + " JOIN work_member m ON m.source_record_id = s.source_record_id"
                + " JOIN work w ON w.id = m.work_id ORDER BY w.work_key, s.id");
        ResultSet rs = ps.executeQuery()) {
      p.printRecord("work_id", "source_key");
      while (rs.next()) {
        p.printRecord(rs.getString(1), rs.getString(2) + "#" + rs.getInt(3));
      }
    }
  }

  void writeTable(Connection c, Writer out) throws SQLException, IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV);
        PreparedStatement ps = c.prepareStatement(
            TableRowStore.select() + " WHERE deleted = FALSE ORDER BY work_id, author_rank");
        ResultSet rs = ps.executeQuery()) {
      p.printRecord(TableRow.COLUMNS);
      while (rs.next()) {
        p.printRecord(TableRowStore.read(rs).values());
      }
    }
  }

  void writeReview(Connection c, Writer out) throws SQLException, IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSV);
        PreparedStatement ps = c.prepareStatement(
            "SELECT w.work_key, a.author_rank, a.author_name, a.person_code, a.score, a.reasons"
                + " FROM authorship_suggestion a JOIN work w ON w.id = a.work_id"
                + " WHERE a.outcome = 'review' ORDER BY w.work_key, a.author_rank");
        ResultSet rs = ps.executeQuery()) {
      p.printRecord("work_id", "author_rank", "author_name", "person_id", "score", "reasons");
      while (rs.next()) {
        p.printRecord(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            String.format(Locale.ROOT, "%.4f", rs.getBigDecimal(5).doubleValue()),
            rs.getString(6));
      }
    }
  }
}
