package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acta.deploy.client.ActaClient;
import org.acta.deploy.runtime.Ports;
import org.acta.deploy.testing.SyntheticWosExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the running server in the middle of an import: {@code acta serve} runs as
 * a child process on a free port with its own data directory; a large generated export is
 * uploaded; the Payara Micro process (and the launcher) are killed without warning while the
 * records are being stored; {@code acta serve} is started again and, with nobody asking, finishes
 * the import: every record stored once, none lost, none twice.
 *
 * <p>Uses the local MariaDB service (ACTA_DB_URL), so the test measures the server, not an
 * embedded database's start. Its length is two Payara start-ups plus the import.
 */
class ServeSurvivesKillIT {
  private static final int RECORDS = 40_000;
  private static final String DB_SERVER = "jdbc:mariadb://"
      + System.getProperty("acta.it.db.probe", "127.0.0.1:3306") + "/";

  @TempDir Path tmp;

  @Test
  void aServerKilledMidImportFinishesItAfterTheRestart() throws Exception {
    String database = "acta_kill_" + UUID.randomUUID().toString().substring(0, 8);
    execute(DB_SERVER, "CREATE DATABASE " + database
        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    String url = DB_SERVER + database;
    int port = Ports.findFree();
    Path dataDir = tmp.resolve("data");
    Path export = SyntheticWosExport.write(tmp.resolve("export/savedrecs-kill.txt"), 1, RECORDS);
    Process serve = null;
    try {
      serve = startServe(url, port, dataDir, tmp.resolve("serve-1.log"));
      awaitUp(port, serve);
      String password = UUID.randomUUID().toString();
      execute(url, "INSERT INTO account (username, password_hash, role) VALUES ('kill-staff', '"
          + org.acta.core.infrastructure.security.PasswordHashes.hash(password.toCharArray())
          + "', 'staff')");
      new ActaClient(URI.create("http://127.0.0.1:" + port + "/"),
          ActaClient.basic("kill-staff", password)).upload(List.of(export));

      Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
      long read = 0;
      while (read < RECORDS / 20 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        read = count(url, "SELECT COALESCE(MAX(records_read), 0) FROM import_file");
      }
      assertTrue(read > 0, "the import started");
      killHard(serve);
      long atKill = count(url, "SELECT records_read FROM import_file");
      assertTrue(atKill < RECORDS, "killed halfway: " + atKill + " of " + RECORDS);
      assertEquals("running", text(url, "SELECT status FROM import_file"));
      assertEquals(atKill, count(url, "SELECT COUNT(*) FROM source_record"));

      serve = startServe(url, port, dataDir, tmp.resolve("serve-2.log"));
      awaitUp(port, serve);
      deadline = Instant.now().plus(Duration.ofMinutes(10));
      while (!"finished".equals(text(url, "SELECT status FROM import_file"))
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
      }
      assertEquals("finished", text(url, "SELECT status FROM import_file"));
      assertEquals(RECORDS, count(url, "SELECT records_read FROM import_file"));
      assertEquals(RECORDS, count(url, "SELECT COUNT(*) FROM source_record"));
      assertEquals(RECORDS, count(url, "SELECT COUNT(DISTINCT natural_key) FROM source_record"));
      assertEquals(RECORDS, count(url, "SELECT COUNT(*) FROM source_record_sighting"));
    } finally {
      if (serve != null && serve.isAlive()) {
        serve.destroy(); // a normal stop: the launcher's hooks stop Payara
        serve.waitFor();
      }
      execute(DB_SERVER, "DROP DATABASE IF EXISTS " + database);
    }
  }

  private static Process startServe(String dbUrl, int port, Path dataDir, Path log)
      throws IOException {
    Path deploy = Path.of("").toAbsolutePath();
    Path target = deploy.resolve("target");
    Files.createDirectories(target.resolve("tmp"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dacta.home=" + deploy.getParent(),
        "-Djava.io.tmpdir=" + target.resolve("tmp"),
        "-cp", target.resolve("classes") + ":" + target.resolve("lib") + "/*",
        "org.acta.deploy.cli.ActaCommand", "serve", "--port", Integer.toString(port),
        "--data-dir", dataDir.toString(), "--startup-timeout", "900"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("ACTA_DB_URL", dbUrl);
    builder.environment().put("ACTA_DB_USER", "root");
    builder.environment().put("ACTA_DB_PASSWORD", "");
    return builder.start();
  }

  private static void awaitUp(int port, Process serve) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
    while (Instant.now().isBefore(deadline)) {
      assertTrue(serve.isAlive(), "acta serve stopped during start-up");
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("acta serve did not come up");
  }

  /** SIGKILL the server's processes, children first: nothing gets to clean up. */
  private static void killHard(Process serve) throws InterruptedException {
    List<ProcessHandle> children = serve.toHandle().descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    serve.destroyForcibly();
    serve.waitFor();
    for (ProcessHandle child : children) {
      child.onExit().join();
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "root", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "root", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static String text(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "root", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
