package org.acta.deploy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acta.deploy.LaunchException;
import org.acta.deploy.runtime.Ports;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

  @Test
  void anUnreachableDatabaseEndsInOneLineNamingTheSettingAndTheUrl() {
    String url = "jdbc:mariadb://127.0.0.1:" + Ports.findFree() + "/acta";
    LaunchException e =
        assertThrows(
            LaunchException.class,
            () ->
                DatabaseProbe.requireReachable(
                    new DatabaseSettings(url, "root", "", "ACTA_DB_URL")));

    assertEquals(LaunchException.Reason.DATABASE.exitCode(), e.exitCode());
    assertTrue(
        e.getMessage().startsWith("cannot connect to the database ACTA_DB_URL=" + url),
        e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void aUrlThatIsNotMariaDbIsRefusedBeforeConnecting() {
    LaunchException e =
        assertThrows(
            LaunchException.class,
            () ->
                DatabaseProbe.requireReachable(
                    new DatabaseSettings("localhost:3306", "root", "", "ACTA_DB_URL")));
    assertTrue(e.getMessage().contains("ACTA_DB_URL must be a MariaDB JDBC URL"), e.getMessage());
  }
}
