package org.acta.deploy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.acta.deploy.database.EmbeddedMariaDb;
import org.acta.deploy.runtime.Ports;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh MariaDB database for this test run, dropped at its end.
 *
 * <p>It uses the local MariaDB service when it answers at {@code acta.it.db.probe} (default
 * {@code 127.0.0.1:3306}, user root, no password), and otherwise starts an embedded MariaDB under
 * {@code target/}. Point the probe at a closed port ({@code -Dacta.it.db.probe=127.0.0.1:1}) to
 * take the embedded path on a machine that has the service.
 *
 * <p>The database is published in the system properties {@code acta.it.db.url}, {@code
 * acta.it.db.user} and {@code acta.it.db.password}, which {@code arquillian.xml} hands to Payara
 * Micro. Register this extension before Arquillian's, so it runs before Arquillian reads its
 * configuration.
 */
public final class TestDatabase implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TestDatabase.class);

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    // The build points java.io.tmpdir at a directory of the run's own; it must exist before use.
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Run.class, key -> Run.start(), Run.class);
    // arquillian.xml also names the run's OpenID Connect provider; it is read with the database's
    TestOidcProvider.start();
  }

  /** The JDBC URL of this run's database. */
  public static String url() {
    return System.getProperty("acta.it.db.url");
  }

  /** Opens a connection to this run's database, to check what the server stored. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url(), System.getProperty("acta.it.db.user"), System.getProperty("acta.it.db.password"));
  }

  /** One run's database; JUnit closes it when the whole run is over. */
  private static final class Run implements AutoCloseable {

    private final String serverUrl;
    private final String database;
    private final EmbeddedMariaDb embedded;

    private Run(String serverUrl, String database, EmbeddedMariaDb embedded) {
      this.serverUrl = serverUrl;
      this.database = database;
      this.embedded = embedded;
    }

    static Run start() {
      String probe = System.getProperty("acta.it.db.probe", "127.0.0.1:3306");
      String localServer = "jdbc:mariadb://" + probe + "/";
      EmbeddedMariaDb embedded = null;
      String serverUrl = localServer;
      if (!answers(localServer)) {
        Path files = Path.of(System.getProperty("acta.it.workDir", "target/it"), "mariadb");
        embedded = EmbeddedMariaDb.start(files.toAbsolutePath(), Ports.findFree());
        serverUrl = "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/";
        System.out.println("[TestDatabase] " + probe + " does not answer: embedded MariaDB in " + files);
      } else {
        System.out.println("[TestDatabase] using the local MariaDB service at " + probe);
      }
      String database =
          "acta_it_"
              + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
              + "_"
              + ThreadLocalRandom.current().nextInt(1000, 10000);
      execute(
          serverUrl,
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      System.setProperty("acta.it.db.url", serverUrl + database);
      System.setProperty("acta.it.db.user", "root");
      System.setProperty("acta.it.db.password", "");
      System.setProperty("acta.it.db.kind", embedded == null ? "local" : "embedded");
      System.out.println("[TestDatabase] database " + database);
      return new Run(serverUrl, database, embedded);
    }

    @Override
    public void close() {
      try {
        execute(serverUrl, "DROP DATABASE IF EXISTS " + database);
      } finally {
        if (embedded != null) {
          embedded.close();
        }
      }
    }

    private static boolean answers(String serverUrl) {
      try (Connection ignored = DriverManager.getConnection(serverUrl, credentials())) {
        return true;
      } catch (SQLException e) {
        return false;
      }
    }

    private static void execute(String serverUrl, String sql) {
      try (Connection connection = DriverManager.getConnection(serverUrl, credentials());
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + " failed on " + serverUrl + ": " + e.getMessage(), e);
      }
    }

    private static Properties credentials() {
      Properties properties = new Properties();
      properties.setProperty("user", "root");
      properties.setProperty("password", "");
      properties.setProperty("connectTimeout", "2000");
      return properties;
    }
  }
}
