package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether stored source records wait for the pipeline: a record the pipeline has seen belongs to
 * a work ({@code work_member}), and a run places all records or, rolled back, none. So a record
 * without a work means a run is owed, whatever stopped it: a server killed after an import
 * finished but before the run that follows it, or during that run.
 */
public final class PipelineBacklog {

  private PipelineBacklog() {}

  /** True when at least one stored record is in no work yet. */
  public static boolean hasUnplacedRecords(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT 1 FROM source_record r WHERE NOT EXISTS"
                + " (SELECT 1 FROM work_member m WHERE m.source_record_id = r.id) LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }
}
