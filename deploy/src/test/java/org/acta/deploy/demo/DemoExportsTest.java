package org.acta.deploy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.SchemaMigrator;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.deploy.database.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's start-up work in a real MariaDB (the local service, as the ITs use it): the export
 * files are queued once into one batch, a start that stopped halfway queues only what is missing,
 * and the demo accounts and HR token exist once with their fixed credentials.
 */
class DemoExportsTest {
  private static final Path DEMO = Path.of("demo");
  private static final String SERVER = "jdbc:mariadb://"
      + System.getProperty("acta.it.db.probe", "127.0.0.1:3306") + "/";

  @TempDir Path staging;
  private String database;
  private DataSource dataSource;

  @BeforeEach
  void createDatabase() throws Exception {
    database = "acta_demo_" + UUID.randomUUID().toString().substring(0, 8);
    execute(SERVER, "CREATE DATABASE " + database
        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    SchemaMigrator.migrate(SERVER + database, "root", "");
    dataSource = new DatabaseSettings(SERVER + database, "root", "", "test").dataSource();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    execute(SERVER, "DROP DATABASE IF EXISTS " + database);
  }

  @Test
  void theExportsAreQueuedOnceInOneBatch() throws Exception {
    DemoExports demo = new DemoExports(DEMO);
    int files = demo.files().size();
    assertTrue(files >= 3, "the demo's exports: " + demo.files());

    String first = demo.stageOnce(dataSource, staging);
    assertTrue(first.startsWith("demo exports staged for import in batch"), first);
    String second = demo.stageOnce(dataSource, staging);
    assertTrue(second.contains("not imported again"), second);

    assertEquals(1, count("SELECT COUNT(*) FROM import_batch"));
    assertEquals(files, count("SELECT COUNT(*) FROM import_file WHERE status = 'queued'"));
    // every queued file is a copy in the staging directory, where the server will read it
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT staged_path FROM import_file")) {
      while (rs.next()) {
        Path staged = Path.of(rs.getString(1));
        assertTrue(staged.startsWith(staging) && Files.isRegularFile(staged), staged.toString());
      }
    }
  }

  @Test
  void aStartStoppedBetweenTwoFilesQueuesOnlyTheMissingOnes() throws Exception {
    DemoExports demo = new DemoExports(DEMO);
    demo.stageOnce(dataSource, staging);
    // as if the earlier start had been killed after staging all but one file
    execute(SERVER + database, "DELETE FROM import_file WHERE file_name = 'wos-demo.txt'");

    String again = demo.stageOnce(dataSource, staging);
    assertTrue(again.contains("wos-demo.txt") && again.contains("staged before"), again);
    assertEquals(1, count("SELECT COUNT(*) FROM import_batch"));
    int files = demo.files().size();
    assertEquals(files, count("SELECT COUNT(*) FROM import_file"));
    assertEquals(files, count("SELECT COUNT(DISTINCT file_sha256) FROM import_file"));
  }

  @Test
  void theDemoAccountsAndTokenAreMadeOnceWithTheirFixedCredentials() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      new DemoDataLoader(DEMO).loadIfEmpty(c);
      DemoAccounts.createIfNone(c);
      assertTrue(DemoAccounts.createIfNone(c).get(0).contains("not created"));
    }
    assertEquals(5, count("SELECT COUNT(*) FROM account"));
    assertEquals(1, count("SELECT COUNT(*) FROM account WHERE username = 'faculty'"
        + " AND role = 'faculty' AND person_code = 'S1001'"));
    assertEquals(1, count("SELECT COUNT(*) FROM account WHERE role = 'unit-secretary'"
        + " AND unit_code = 'QCU-CHE-EC'"));
    assertEquals("hr-demo", new Accounts(dataSource).tokenName(DemoAccounts.HR_TOKEN).orElseThrow());
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "root", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
