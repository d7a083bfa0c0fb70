package org.acta.core.application.indexing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.matching.indexing.IndexingConfig;

/**
 * Stores the university's indexing rules ({@code indexing_setting}), appended on every change so
 * the rules an earlier table was computed with stay known. Pipeline runs and re-indexing read
 * the current rules from here; without a stored row they are {@link IndexingConfig#defaults()}.
 */
public final class IndexingSettingsStore {
  private static final String SELECT = "SELECT jcr_year_rule, esi_flag_rule, extended_counts,"
      + " changed_by, changed_at FROM indexing_setting";

  private final DataSource dataSource;

  public IndexingSettingsStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The current rules (the defaults when none were ever set). */
  public IndexingSettings current() {
    try (Connection c = dataSource.getConnection()) {
      return current(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the indexing settings: " + e.getMessage(), e);
    }
  }

  /** The current rules, read on {@code c}. */
  public static IndexingSettings current(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? read(rs) : IndexingSettings.of(IndexingConfig.defaults(), null, null);
    }
  }

  /** The current rules as the engine takes them, read on {@code c}. */
  public static IndexingConfig config(Connection c) throws SQLException {
    return current(c).config();
  }

  /** Stores {@code config} as the current rules, set by {@code actor}. */
  public IndexingSettings save(IndexingConfig config, String actor) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO indexing_setting (jcr_year_rule,"
            + " esi_flag_rule, extended_counts, changed_by) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, config.jcrYearRule().name());
      ps.setString(2, config.esiFlagRule().name());
      ps.setBoolean(3, config.extendedCounts());
      ps.setString(4, actor == null || actor.isBlank() ? "anonymous"
          : actor.substring(0, Math.min(actor.length(), 128)));
      ps.executeUpdate();
      return current(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the indexing settings: " + e.getMessage(), e);
    }
  }

  /** Every stored setting, oldest first. */
  public List<IndexingSettings> history() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      List<IndexingSettings> out = new ArrayList<>();
      while (rs.next()) {
        out.add(read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the indexing settings: " + e.getMessage(), e);
    }
  }

  private static IndexingSettings read(ResultSet rs) throws SQLException {
    IndexingConfig config = IndexingSettings.parse(IndexingConfig.defaults(), rs.getString(1),
        rs.getString(2), rs.getBoolean(3));
    return IndexingSettings.of(config, rs.getString(4), rs.getTimestamp(5).toInstant().toString());
  }
}
