package org.acta.deploy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acta.core.infrastructure.migration.MigrationReport;
import org.acta.core.infrastructure.migration.SchemaMigrator;
import org.acta.deploy.LaunchException;
import org.acta.deploy.database.DatabaseProbe;
import org.acta.deploy.database.DatabaseSettings;
import org.acta.deploy.database.EmbeddedMariaDb;
import org.acta.deploy.demo.DemoAccounts;
import org.acta.deploy.demo.DemoDataLoader;
import org.acta.deploy.demo.DemoExports;
import org.acta.deploy.demo.DemoReadiness;
import org.acta.deploy.runtime.ActaHome;
import org.acta.deploy.runtime.DataDirectory;
import org.acta.deploy.runtime.Ports;
import org.acta.deploy.server.PayaraMicroServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code acta serve}: starts Acta. Order matters: the port and the database are checked first so
 * a mistake ends in one line within seconds, the schema is migrated before the server exists, and
 * the command returns to waiting only once {@code /health} says UP.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start Acta on Payara Micro.",
      "",
      "The database comes from ACTA_DB_URL, ACTA_DB_USER and ACTA_DB_PASSWORD (or the system "
          + "properties acta.db.url, acta.db.user, acta.db.password). Without ACTA_DB_URL an "
          + "embedded MariaDB keeps its data in the data directory."
    })
public class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${user.home}/.acta",
      description = "Where Acta keeps its state: embedded database, logs (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--demo",
      description = "Fill an empty database with a demo university (units, people, demo accounts"
          + " for every role and the HR token demo-hr-token) and import its export files once.")
  boolean demo;

  @Option(
      names = "--startup-timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description = "How long to wait for /health to say UP (default: ${DEFAULT-VALUE}).")
  int startupTimeoutSeconds;

  @Override
  public Integer call() {
    try {
      return serve();
    } catch (LaunchException e) {
      System.err.println("acta: " + e.getMessage());
      return e.exitCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130; // as a shell reports a command ended by Ctrl-C
    } catch (RuntimeException | Error e) {
      // A bug, not a setting: one line first, then the details for whoever reports it.
      System.err.println("acta: unexpected failure: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  private int serve() throws InterruptedException {
    ActaHome home = ActaHome.locate();
    Path war = home.war();
    Path payara = home.payaraMicroJar();
    DataDirectory directory = DataDirectory.claim(dataDir);
    Runtime.getRuntime().addShutdownHook(new Thread(directory::close, "acta-data-dir"));
    for (String leftover : directory.stopLeftoverProcesses()) {
      say("stopped a process left running by an earlier acta serve: " + leftover);
    }
    Ports.requireFree(port, "--port");

    Optional<DatabaseSettings> configured = DatabaseSettings.fromConfiguration();
    DatabaseSettings database;
    if (configured.isPresent()) {
      database = configured.get();
    } else {
      Path files = directory.subdirectory(DataDirectory.EMBEDDED_DATABASE);
      say("no ACTA_DB_URL configured: starting the embedded MariaDB in " + files);
      EmbeddedMariaDb embedded = EmbeddedMariaDb.start(files, Ports.findFree());
      Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "acta-embedded-db"));
      database = embedded.settings("embedded MariaDB in " + files);
    }
    String version = DatabaseProbe.requireReachable(database);
    say("database: MariaDB " + version + " at " + database.url());

    MigrationReport migration = migrate(database);
    say("schema: " + migration.summary());
    if (demo) {
      say(loadDemo(home, database));
      say(stageDemoExports(home, database, directory));
    }

    Path log = directory.subdirectory(DataDirectory.LOGS).resolve("payara.log");
    say("starting Payara Micro on port " + port + " (log: " + log + ")");
    PayaraMicroServer server =
        PayaraMicroServer.start(payara, war, port, database, directory, log);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "acta-server"));
    server.awaitHealthy(Duration.ofSeconds(startupTimeoutSeconds));
    if (demo) {
      // The server imports the staged files at start and runs the pipeline after them.
      say(new DemoReadiness(database.dataSource())
          .await(Duration.ofSeconds(startupTimeoutSeconds)));
    }
    say("Acta is up: http://localhost:" + port + "/  (health: http://localhost:" + port
        + "/health, API: http://localhost:" + port + "/api/v1/units). Ctrl-C stops it.");

    int exit = server.waitFor();
    if (server.isStopping()) {
      return 0;
    }
    System.err.println(
        "acta: Payara Micro stopped unexpectedly (exit code " + exit + "); see " + log);
    return LaunchException.Reason.SERVER.exitCode();
  }

  private static MigrationReport migrate(DatabaseSettings database) {
    try {
      return SchemaMigrator.migrate(database.url(), database.user(), database.password());
    } catch (RuntimeException e) {
      throw new LaunchException(
          LaunchException.Reason.DATABASE,
          "schema migration failed on " + database.describe() + ": " + e.getMessage(),
          e);
    }
  }

  private static String loadDemo(ActaHome home, DatabaseSettings database) {
    try (Connection connection =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      String loaded = new DemoDataLoader(home.demoDirectory()).loadIfEmpty(connection);
      return loaded + "\n" + String.join("\n", DemoAccounts.createIfNone(connection));
    } catch (SQLException | IOException e) {
      throw new LaunchException(
          LaunchException.Reason.DATABASE, "cannot load the demo data: " + e.getMessage(), e);
    }
  }

  /**
   * Queues the demo's export files for the import (once: a later start finds them queued or
   * imported); the server reads them when it starts, as it resumes any unfinished import.
   */
  private static String stageDemoExports(ActaHome home, DatabaseSettings database,
      DataDirectory directory) {
    try {
      return new DemoExports(home.demoDirectory())
          .stageOnce(database.dataSource(), directory.importDirectory());
    } catch (IOException | RuntimeException e) {
      throw new LaunchException(
          LaunchException.Reason.DATABASE, "cannot queue the demo's exports: " + e.getMessage(), e);
    }
  }

  private static void say(String message) {
    System.out.println("acta: " + message);
  }
}
