package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.acta.deploy.client.ActaClient;
import org.acta.deploy.demo.DemoAccounts;
import org.acta.deploy.demo.DemoExports;
import org.acta.deploy.demo.DemoReadiness;
import org.acta.deploy.runtime.Ports;
import org.acta.deploy.testing.SyntheticWosExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code acta serve}: in the middle of a large import through the REST API,
 * and, for the whole application, at three moments of the demo's first start.
 *
 * <p>{@code kill -9} of the running server in the middle of an import: {@code acta serve} runs as
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

  /**
   * The whole application with its demo, on the embedded database: {@code acta serve --demo} on a
   * fresh data directory is killed twice in the middle of the demo's import (once right after
   * the launcher queued the files, before the server read them; once when the server has read a
   * first file), started again each time, and then once more after the demo is ready. The table
   * the HR token reads is the offline pipeline's table of the same files, and it stays the same
   * row for row across the last kill: nothing lost, nothing imported twice.
   */
  @Test
  void theDemoIsImportedOnceWhateverMomentItsServerIsKilledAt() throws Exception {
    int port = Ports.findFree();
    Path dataDir = tmp.resolve("demo-data");
    Process serve = null;
    try {
      // 1. killed after the launcher queued the demo's files, before any server read them
      serve = startDemo(port, dataDir, tmp.resolve("demo-1.log"));
      awaitLine(tmp.resolve("demo-1.log"), "demo exports staged for import", serve);
      killJava(serve);

      // 2. the queued files are imported at start; killed as soon as the server read one of them
      serve = startDemo(port, dataDir, tmp.resolve("demo-2.log"));
      assertTrue(awaitLine(tmp.resolve("demo-2.log"), "demo exports", serve)
          .contains("not imported again"), "the second start queues nothing new");
      Path serverLog = dataDir.resolve("logs/payara.log");
      awaitLine(serverLog, "ImportJobs", "): finished,", serve);
      killJava(serve);

      // 3. the rest of the import and the pipeline run complete after this start
      serve = startDemo(port, dataDir, tmp.resolve("demo-3.log"));
      String ready = awaitLine(tmp.resolve("demo-3.log"), DemoReadiness.READY, serve);
      awaitLine(tmp.resolve("demo-3.log"), "Acta is up", serve);
      String url = databaseUrl(tmp.resolve("demo-3.log"));
      List<JsonObject> table = hrTable(port);
      Map<String, String> offline = offlineTable();
      assertEquals(offline.keySet(), table.stream().map(r -> r.getString("row_id"))
          .collect(Collectors.toSet()), "the demo's table is the offline pipeline's: " + ready);
      for (JsonObject row : table) {
        assertEquals(offline.get(row.getString("row_id")), row.getString("status"), row.toString());
      }
      long records = count(url, "SELECT COUNT(*) FROM source_record");
      assertEquals(offlineRecords(), records, "every demo record stored once");
      assertEquals(records, count(url, "SELECT COUNT(DISTINCT natural_key) FROM source_record"));
      assertEquals(1, count(url, "SELECT COUNT(*) FROM import_batch WHERE started_by = '"
          + DemoExports.STARTED_BY + "'"));
      int files = new DemoExports(Path.of("demo")).files().size();
      assertEquals(files, count(url, "SELECT COUNT(*) FROM import_file WHERE status = 'finished'"));
      assertTrue(count(url, "SELECT COUNT(*) FROM authorship_suggestion"
          + " WHERE outcome = 'review'") > 0, "the demo has a review queue");
      assertTrue(count(url, "SELECT COUNT(*) FROM table_row r JOIN account a"
          + " ON a.person_code = r.person_id WHERE a.username = 'faculty'") >= 2,
          "the demo's faculty member has publications to confirm and reject");
      killJava(serve);

      // 4. after the demo was ready: the same table, row for row and version for version
      serve = startDemo(port, dataDir, tmp.resolve("demo-4.log"));
      awaitLine(tmp.resolve("demo-4.log"), "Acta is up", serve);
      assertEquals(table, hrTable(port), "the table after kill -9 and a restart");
      url = databaseUrl(tmp.resolve("demo-4.log"));
      assertEquals(records, count(url, "SELECT COUNT(*) FROM source_record"));
      assertEquals(1, count(url, "SELECT COUNT(*) FROM import_batch"));
      assertEquals(files, count(url, "SELECT COUNT(*) FROM import_file"));
    } finally {
      if (serve != null && serve.isAlive()) {
        serve.destroy(); // a normal stop: the launcher's hooks stop Payara and the database
        serve.waitFor();
      }
      // an embedded mysqld a failed step left behind
      ProcessHandle.allProcesses()
          .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString()))
          .forEach(ProcessHandle::destroyForcibly);
    }
  }

  private Process startDemo(int port, Path dataDir, Path log) throws IOException {
    Path deploy = Path.of("").toAbsolutePath();
    Path target = deploy.resolve("target");
    Files.createDirectories(target.resolve("tmp"));
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dacta.home=" + deploy.getParent(),
        "-Djava.io.tmpdir=" + target.resolve("tmp"),
        "-cp", target.resolve("classes") + ":" + target.resolve("lib") + "/*",
        "org.acta.deploy.cli.ActaCommand", "serve", "--demo", "--port", Integer.toString(port),
        "--data-dir", dataDir.toString(), "--startup-timeout", "900"))
        .redirectErrorStream(true).redirectOutput(log.toFile());
    // the embedded database: no configured one
    builder.environment().remove("ACTA_DB_URL");
    builder.environment().remove("ACTA_IMPORT_DIR");
    return builder.start();
  }

  private static String awaitLine(Path log, String part, Process serve) throws Exception {
    return awaitLine(log, new String[] {part}, serve);
  }

  private static String awaitLine(Path log, String first, String second, Process serve)
      throws Exception {
    return awaitLine(log, new String[] {first, second}, serve);
  }

  private static String awaitLine(Path log, String[] parts, Process serve) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(log)) {
        // bytes, not readAllLines: a line being written may end inside a character
        for (String line : new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
            .split("\n")) {
          if (Arrays.stream(parts).allMatch(line::contains)) {
            return line;
          }
        }
      }
      assertTrue(serve == null || serve.isAlive(), "acta serve stopped; see " + log);
      Thread.sleep(50);
    }
    throw new AssertionError("no line with " + List.of(parts) + " in " + log);
  }

  /** SIGKILL the launcher and the Payara Micro it started; the embedded mysqld lives on. */
  private static void killJava(Process serve) throws InterruptedException {
    List<ProcessHandle> java = serve.toHandle().descendants()
        .filter(p -> p.info().command().orElse("").endsWith("/java")).toList();
    serve.destroyForcibly();
    java.forEach(ProcessHandle::destroyForcibly);
    serve.waitFor();
    for (ProcessHandle p : java) {
      p.onExit().join();
    }
  }

  /** The database the launcher said it uses (the embedded one's port changes at each start). */
  private static String databaseUrl(Path log) throws IOException {
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int at = line.indexOf(" at jdbc:mariadb://");
      if (line.startsWith("acta: database:") && at > 0) {
        return line.substring(at + 4).strip();
      }
    }
    throw new AssertionError("no database line in " + log);
  }

  /** Every row of the table as the HR token pulls it, by row id. */
  private static List<JsonObject> hrTable(int port) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/v1/table?limit=1000"))
        .header("Authorization", "Bearer " + DemoAccounts.HR_TOKEN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      JsonObject page = reader.readObject();
      assertTrue(page.isNull("nextCursor"), "the demo's table fits one page");
      return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
          .sorted(Comparator.comparing(row -> row.getString("row_id"))).toList();
    }
  }

  /** The offline pipeline over the same demo files: row id → status. */
  private Map<String, String> offlineTable() throws Exception {
    Map<String, String> rows = new HashMap<>();
    try (Reader in = Files.newBufferedReader(runOffline().resolve("table.csv"));
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(in)) {
      for (CSVRecord row : csv) {
        rows.put(row.get("row_id"), row.get("status"));
      }
    }
    return rows;
  }

  /** The offline pipeline's count of records: works.csv lists each record with its work. */
  private long offlineRecords() throws Exception {
    return Files.readAllLines(runOffline().resolve("works.csv")).size() - 1;
  }

  private Path runOffline() throws Exception {
    Path out = tmp.resolve("offline");
    if (!Files.exists(out.resolve("table.csv"))) {
      Path demo = Path.of("demo");
      List<String> args = new ArrayList<>(List.of("--units", demo.resolve("units.csv").toString(),
          "--people", demo.resolve("people.csv").toString(), "--out", out.toString()));
      new DemoExports(demo).files().forEach(f -> args.add(f.toString()));
      int exit = new picocli.CommandLine(new org.acta.deploy.cli.PipelineCommand())
          .execute(args.toArray(String[]::new));
      assertEquals(0, exit, "the offline pipeline over the demo's files");
    }
    return out;
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
