package org.acta.core.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the migration rules that Flyway itself does not: the project's naming scheme, unique
 * versions, one DDL statement per script, and utf8mb4 for every table.
 */
class MigrationNamingTest {

  private static final Pattern NAME =
      Pattern.compile(
          "V(\\d+)\\.(\\d+)_(\\d{4})\\.(\\d{2})\\.(\\d{2})\\.(\\d+)__([a-z][a-z0-9_]*)\\.sql");

  private static List<Path> scripts;

  @BeforeAll
  static void listScripts() throws IOException, URISyntaxException {
    URL folder = MigrationNamingTest.class.getClassLoader().getResource("db/migration");
    assertTrue(folder != null, "db/migration is on the class path");
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      scripts = files.sorted().toList();
    }
    assertFalse(scripts.isEmpty(), "there are migrations");
  }

  @Test
  void everyScriptFollowsTheNamingScheme() {
    for (Path script : scripts) {
      String name = script.getFileName().toString();
      Matcher m = NAME.matcher(name);
      assertTrue(m.matches(), name + " must look like V1.0_2026.11.22.1__create_unit.sql");
      try {
        LocalDate.of(
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
      } catch (DateTimeException e) {
        throw new AssertionError(name + " carries an impossible date", e);
      }
      assertTrue(
          m.group(7).matches("(create|alter|drop|add|rename|insert|update)_.*"),
          name + " must say what it does with a verb first (create_, alter_, ...)");
    }
  }

  @Test
  void versionsAreUniqueAndNumberedWithoutGapsPerDay() {
    Set<String> versions = new HashSet<>();
    List<String> dayAndNumber = new ArrayList<>();
    for (Path script : scripts) {
      Matcher m = NAME.matcher(script.getFileName().toString());
      if (!m.matches()) {
        continue; // reported by the naming test
      }
      String version = script.getFileName().toString().split("__")[0];
      assertTrue(versions.add(version), "duplicate version " + version);
      dayAndNumber.add(m.group(3) + m.group(4) + m.group(5) + "#" + m.group(6));
    }
    for (String entry : dayAndNumber) {
      String day = entry.substring(0, entry.indexOf('#'));
      int n = Integer.parseInt(entry.substring(entry.indexOf('#') + 1));
      for (int earlier = 1; earlier < n; earlier++) {
        assertTrue(
            dayAndNumber.contains(day + "#" + earlier),
            "script " + n + " of " + day + " exists but script " + earlier + " does not");
      }
    }
  }

  @Test
  void eachScriptMakesOneDdlChange() throws IOException {
    for (Path script : scripts) {
      String sql = withoutComments(Files.readString(script, StandardCharsets.UTF_8));
      long statements = sql.lines().filter(line -> line.strip().endsWith(";")).count();
      assertEquals(1, statements, script.getFileName() + " must hold exactly one statement");
    }
  }

  @Test
  void everyTableIsUtf8mb4() throws IOException {
    for (Path script : scripts) {
      String sql = withoutComments(Files.readString(script, StandardCharsets.UTF_8));
      if (sql.contains("CREATE TABLE")) {
        assertTrue(
            sql.contains("CHARSET = utf8mb4"),
            script.getFileName() + " must create its table with utf8mb4 (MariaDB utf8 is 3-byte)");
      }
    }
  }

  private static String withoutComments(String sql) {
    return sql.lines()
        .map(line -> line.contains("--") ? line.substring(0, line.indexOf("--")) : line)
        .reduce("", (a, b) -> a + b + "\n");
  }
}
