package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acta.deploy.demo.DemoDataLoader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web UI in a real browser: the WAR serves the single-page app at its root, and {@code
 * admin-web/e2e/run.mjs} drives Debian's chromium through playwright-core over every screen with
 * the keyboard alone, uploads the demo WoS export, and saves a screenshot of each screen under
 * {@code target/e2e-screenshots/}.
 *
 * <p>It needs node, {@code admin-web/node_modules} (the admin-web build's {@code npm ci}) and
 * {@code /usr/bin/chromium} ({@code .ci/run} installs it); without them it is skipped, saying
 * which is missing. {@code -Dacta.it.e2e=false} skips it on purpose.
 */
@ExtendWith(TestDatabase.class) // first: it chooses the database Arquillian's configuration names
@ExtendWith(ArquillianExtension.class)
class AdminWebIT {

  private static final Path ADMIN_WEB = Path.of("..", "admin-web").toAbsolutePath().normalize();
  private static final Path DEMO = Path.of("demo").toAbsolutePath();

  @ArquillianResource URL base;

  /** The archive the build made, exactly as `acta serve` deploys it. */
  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @Test
  void everyScreenWorksWithTheKeyboardInChromium() throws Exception {
    assumeTrue(!"false".equals(System.getProperty("acta.it.e2e")), "-Dacta.it.e2e=false");
    Path chromium = Path.of(System.getProperty("acta.it.chromium", "/usr/bin/chromium"));
    assumeTrue(Files.isExecutable(chromium), chromium + " is missing (apt-get install chromium)");
    assumeTrue(Files.isDirectory(ADMIN_WEB.resolve("node_modules/playwright-core")),
        "admin-web/node_modules is missing: build admin-web first (npm ci)");

    // The demo university when the database is still empty; other tests may have been first.
    try (Connection c = TestDatabase.connect()) {
      System.out.println("[AdminWebIT] " + new DemoDataLoader(DEMO).loadIfEmpty(c));
    }

    List<String> command = new ArrayList<>(List.of("node", "e2e/run.mjs",
        "--base", base.toString(),
        "--upload", DEMO.resolve("wos-demo.txt").toString(),
        // the review queue's flow: exports the pipeline cannot decide alone
        "--review-upload", DEMO.resolve("wos-demo-review.txt").toString(),
        // possible duplicates: the EI export repeats a WoS article with a DOI typo
        "--duplicate-upload", DEMO.resolve("ei-demo.ris").toString(),
        "--screenshots", Path.of("target", "e2e-screenshots").toAbsolutePath().toString(),
        "--chromium", chromium.toString()));
    // The UI's API calls need a signed-in caller: the browser answers the Basic challenge.
    String password = java.util.UUID.randomUUID().toString();
    String user = "web-" + password.substring(0, 8);
    try (Connection c = TestDatabase.connect();
        java.sql.PreparedStatement ps = c.prepareStatement(
            "INSERT INTO account (username, password_hash, role) VALUES (?, ?, 'staff')")) {
      ps.setString(1, user);
      ps.setString(2, org.acta.core.infrastructure.security.PasswordHashes.hash(
          password.toCharArray()));
      ps.executeUpdate();
    }
    command.addAll(List.of("--user", user, "--password", password));
    String person = anyPersonCode();
    if (person != null) {
      command.addAll(List.of("--person", person));
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(ADMIN_WEB.toFile())
        .redirectErrorStream(true);
    builder.environment().putAll(facultyFlowCredentials(user, password));
    builder.environment().put("ACTA_E2E_A11Y_ACCOUNTS", a11yAccounts());
    // e2e/accounts.mjs: an admin, whom the run's OpenID Connect provider vouches for next
    TestAccounts.Caller admin = TestAccounts.account("admin", null);
    TestOidcProvider.nextSignIn(admin.username());
    builder.environment().putAll(java.util.Map.of("ACTA_E2E_ADMIN_USER", admin.username(),
        "ACTA_E2E_ADMIN_PASSWORD", TestAccounts.password(admin), "ACTA_E2E_SSO", "1"));
    Process node = builder.start();
    // Its output goes through System.out (a forked test JVM's own stdout is the test channel) and
    // its last lines into the failure message.
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.out.println(line);
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
      }
    }
    if (!node.waitFor(10, TimeUnit.MINUTES)) {
      node.destroyForcibly();
      throw new AssertionError("the browser test did not end within 10 minutes");
    }
    assertEquals(0, node.exitValue(), "the browser test failed:\n" + String.join("\n", tail));
  }

  /**
   * Who e2e/a11y.mjs signs in as besides staff and faculty: an admin, and the secretary of the
   * unit with the most rows ("role:user:password;...").
   */
  private static String a11yAccounts() throws Exception {
    String unit;
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT unit_id FROM table_row WHERE deleted = FALSE"
            + " AND unit_id IS NOT NULL GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id LIMIT 1")) {
      unit = rs.next() ? rs.getString(1) : null;
    }
    List<String> accounts = new ArrayList<>();
    accounts.add("admin:" + credentials(TestAccounts.account("admin", null)));
    if (unit != null) {
      accounts.add("unit-secretary:" + credentials(TestAccounts.unitSecretary(unit)));
    }
    return String.join(";", accounts);
  }

  private static String credentials(TestAccounts.Caller caller) {
    return new String(java.util.Base64.getDecoder().decode(
        caller.authorization().substring("Basic ".length())), StandardCharsets.UTF_8);
  }

  /**
   * What e2e/faculty.mjs needs: the demo WoS export imported and the pipeline run (so people have
   * rows), a faculty account for the person with the most rows, and an HR token. The browser test
   * imports the same file again later, which adds nothing.
   */
  private java.util.Map<String, String> facultyFlowCredentials(String staffUser,
      String staffPassword) throws Exception {
    org.acta.deploy.client.ActaClient staff = new org.acta.deploy.client.ActaClient(base.toURI(),
        org.acta.deploy.client.ActaClient.basic(staffUser, staffPassword));
    // The demo gives everybody one paper; the flow needs a person with two: the demo's first WoS
    // paper's authors write a second one.
    long id = staff.upload(List.of(DEMO.resolve("wos-demo.txt"), followUpPaper()))
        .getJsonNumber("id").longValue();
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(300);
    while (staff.importStatus(id).getString("status").equals("running")
        && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    java.net.http.HttpResponse<String> run = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/pipeline/runs"))
            .header("Authorization", org.acta.deploy.client.ActaClient.basic(staffUser,
                staffPassword))
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, run.statusCode(), run.body());
    String person;
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT person_id FROM table_row WHERE deleted = FALSE"
            + " AND status = 'auto' GROUP BY person_id HAVING COUNT(*) >= 2"
            + " ORDER BY COUNT(*) DESC, person_id LIMIT 1")) {
      if (!rs.next()) {
        System.out.println("[AdminWebIT] no person with two rows: the faculty flow is skipped");
        return java.util.Map.of();
      }
      person = rs.getString(1);
    }
    TestAccounts.Caller faculty = TestAccounts.account("faculty", person);
    String[] credentials = new String(java.util.Base64.getDecoder().decode(
        faculty.authorization().substring("Basic ".length())), StandardCharsets.UTF_8).split(":", 2);
    String token = TestAccounts.hrToken().authorization().substring("Bearer ".length());
    System.out.println("[AdminWebIT] faculty flow as " + credentials[0] + " (person " + person + ")");
    return java.util.Map.of("ACTA_E2E_FACULTY_USER", credentials[0],
        "ACTA_E2E_FACULTY_PASSWORD", credentials[1], "ACTA_E2E_HR_TOKEN", token);
  }

  /**
   * A WoS export with one record: the demo export's first record with another title, DOI, UT and
   * pages, so that its authors have a second, distinct paper.
   */
  private static Path followUpPaper() throws IOException {
    List<String> lines = Files.readAllLines(DEMO.resolve("wos-demo.txt"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(List.of("FN Clarivate Analytics Web of Science", "VR 1.0"));
    java.util.Map<String, String> replaced = java.util.Map.of(
        "TI", "TI A follow-up study of durable electrodes for the browser test",
        "DI", "DI 10.99999/e2e.follow-up.1", "UT", "UT WOS:009999999900001",
        "BP", "BP 901", "EP", "EP 909", "AB", "AB A follow-up study.");
    boolean inRecord = false;
    boolean skipping = false;
    for (String line : lines) {
      String tag = line.length() >= 2 ? line.substring(0, 2) : "";
      if (tag.equals("PT")) {
        inRecord = true;
      }
      if (!inRecord) {
        continue;
      }
      if (line.startsWith("   ")) {
        if (!skipping) {
          out.add(line);
        }
        continue;
      }
      skipping = replaced.containsKey(tag);
      out.add(skipping ? replaced.get(tag) : line);
      if (tag.equals("ER")) {
        break;
      }
    }
    out.addAll(List.of("", "EF"));
    Path file = Path.of("target", "e2e-input", "wos-follow-up.txt").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  /** A person to look up on the Dictionaries screen: the demo's first when it is there. */
  private static String anyPersonCode() throws IOException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code FROM person ORDER BY code LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
  }
}
