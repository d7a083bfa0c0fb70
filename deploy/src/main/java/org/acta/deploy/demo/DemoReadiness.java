package org.acta.deploy.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.application.pipeline.PipelineBacklog;

/**
 * Waits, once the server is up, until the demo's import and the pipeline run after it are over,
 * so that {@code acta serve --demo} says "ready" only when the table, the review queue and the
 * faculty's publications are there to see. Reads the database; asks the server nothing.
 */
public final class DemoReadiness {
  /** The first words of the line that says the demo is ready (scripts and tests wait for it). */
  public static final String READY = "demo ready:";

  private final DataSource dataSource;

  public DemoReadiness(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Waits for the demo's batch to end and every stored record to be in a work.
   *
   * @return one line for the console: {@link #READY} with what the demo holds, or why not
   */
  public String await(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    Optional<Long> batch = DemoExports.demoBatch(dataSource);
    if (batch.isEmpty()) {
      return "demo exports were not imported: no demo import batch";
    }
    while (true) {
      try (Connection c = dataSource.getConnection()) {
        String status = batchStatus(c, batch.get());
        if (!"running".equals(status) && !PipelineBacklog.hasUnplacedRecords(c)) {
          return READY + " import batch " + batch.get() + " " + status + "; "
              + count(c, "SELECT COUNT(*) FROM source_record") + " source records, "
              + count(c, "SELECT COUNT(*) FROM work WHERE status = 'active'") + " works, "
              + count(c, "SELECT COUNT(*) FROM table_row WHERE deleted = FALSE") + " table rows, "
              + reviewItems(c) + " review items (" + count(c,
                  "SELECT COUNT(*) FROM possible_duplicate") + " possible duplicates)";
        }
      } catch (SQLException e) {
        return "cannot follow the demo's import: " + e.getMessage();
      }
      if (Instant.now().isAfter(deadline)) {
        return "the demo's import is still under way after " + timeout.toSeconds()
            + " s; it goes on in the background";
      }
      Thread.sleep(500);
    }
  }

  /** Both kinds of the review queue: author positions and possible duplicate works. */
  private static long reviewItems(Connection c) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM authorship_suggestion WHERE outcome = 'review'")
        + count(c, "SELECT COUNT(*) FROM possible_duplicate");
  }

  private static String batchStatus(Connection c, long batch) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT status FROM import_batch WHERE id = ?")) {
      ps.setLong(1, batch);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "missing";
      }
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
