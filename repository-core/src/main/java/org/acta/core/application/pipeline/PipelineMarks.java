package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How far the last pipeline run had seen: the largest id of source records, re-readings,
 * decision events and HR changes then ({@code change_sequence} rows {@code pipeline_*}).
 * Anything with a larger id is new to the next incremental run.
 */
record PipelineMarks(long sourceRecord, long sighting, long decisionEvent, long directoryChange) {

  /** The marks the last run left. */
  static PipelineMarks stored(Connection c) throws SQLException {
    return new PipelineMarks(value(c, "pipeline_source_record"), value(c, "pipeline_sighting"),
        value(c, "pipeline_decision_event"), value(c, "pipeline_directory_change"));
  }

  /** The largest ids now: read before the records, so what arrives later is new next time. */
  static PipelineMarks now(Connection c) throws SQLException {
    return new PipelineMarks(max(c, "source_record"), max(c, "source_record_sighting"),
        max(c, "decision_event"), max(c, "directory_change"));
  }

  void store(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE change_sequence SET value = ? WHERE name = ?")) {
      set(ps, "pipeline_source_record", sourceRecord);
      set(ps, "pipeline_sighting", sighting);
      set(ps, "pipeline_decision_event", decisionEvent);
      set(ps, "pipeline_directory_change", directoryChange);
      ps.executeBatch();
    }
  }

  private static void set(PreparedStatement ps, String name, long value) throws SQLException {
    ps.setLong(1, value);
    ps.setString(2, name);
    ps.addBatch();
  }

  private static long value(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT value FROM change_sequence WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static long max(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
