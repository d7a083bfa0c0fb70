package org.acta.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.SchemaMigrator;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A fresh, migrated database on the local MariaDB service for one test class, dropped afterwards.
 * The server is {@code 127.0.0.1:3306} as root without password unless {@code ACTA_TEST_DB_HOST}
 * / {@code ACTA_TEST_DB_USER} / {@code ACTA_TEST_DB_PASSWORD} say otherwise.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String HOST = env("ACTA_TEST_DB_HOST", "127.0.0.1:3306");
  private static final String USER = env("ACTA_TEST_DB_USER", "root");
  private static final String PASSWORD = env("ACTA_TEST_DB_PASSWORD", "");

  private final String name;
  private final MariaDbDataSource dataSource;

  private TestDatabase(String name) throws SQLException {
    this.name = name;
    this.dataSource = new MariaDbDataSource(url(name));
    dataSource.setUser(USER);
    dataSource.setPassword(PASSWORD);
  }

  /** Creates and migrates a database with a unique name. */
  public static TestDatabase create() {
    String name = "acta_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + "/", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name
          + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      TestDatabase db = new TestDatabase(name);
      try {
        SchemaMigrator.migrate(url(name), USER, PASSWORD);
      } catch (RuntimeException e) {
        db.close(); // leave nothing behind when the schema cannot be built
        throw e;
      }
      return db;
    } catch (SQLException e) {
      throw new IllegalStateException("no MariaDB at " + HOST + ": " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String url() {
    return url(name);
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  /** One value of a one-row query, for assertions. */
  public long count(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs one statement, for test set-up. */
  public void execute(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + "/", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop " + name + ": " + e.getMessage(), e);
    }
  }

  private static String url(String name) {
    return "jdbc:mariadb://" + HOST + "/" + name;
  }

  private static String env(String key, String fallback) {
    String v = System.getenv(key);
    return v == null || v.isBlank() ? fallback : v;
  }
}
