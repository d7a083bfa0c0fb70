package org.acta.deploy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void withoutAUrlThereIsNoConfiguredDatabase() {
    assertTrue(DatabaseSettings.fromConfiguration(key -> null, Map.of()).isEmpty());
    assertTrue(
        DatabaseSettings.fromConfiguration(key -> null, Map.of("ACTA_DB_USER", "acta")).isEmpty());
  }

  @Test
  void theEnvironmentNamesTheDatabaseWithRootAndNoPasswordAsDefaults() {
    DatabaseSettings settings =
        DatabaseSettings.fromConfiguration(
                key -> null, Map.of("ACTA_DB_URL", "jdbc:mariadb://db:3306/acta"))
            .orElseThrow();
    assertEquals("jdbc:mariadb://db:3306/acta", settings.url());
    assertEquals("root", settings.user());
    assertEquals("", settings.password());
    assertEquals("ACTA_DB_URL", settings.origin());
  }

  @Test
  void systemPropertiesWinOverTheEnvironmentAsInMicroProfileConfig() {
    Map<String, String> properties =
        Map.of("acta.db.url", "jdbc:mariadb://a/acta", "acta.db.password", "secret");
    DatabaseSettings settings =
        DatabaseSettings.fromConfiguration(
                properties::get,
                Map.of("ACTA_DB_URL", "jdbc:mariadb://b/acta", "ACTA_DB_USER", "acta"))
            .orElseThrow();
    assertEquals("jdbc:mariadb://a/acta", settings.url());
    assertEquals("acta", settings.user());
    assertEquals("secret", settings.password());
    assertEquals("-Dacta.db.url", settings.origin());
  }

  @Test
  void messagesAndCommandLinesNeverCarryThePassword() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:mariadb://db/acta", "acta", "s3cret", "ACTA_DB_URL");
    assertFalse(settings.describe().contains("s3cret"));
    assertEquals("s3cret", settings.asEnvironment().get("ACTA_DB_PASSWORD"));
    assertEquals("ACTA_DB_URL", DatabaseSettings.environmentName("acta.db.url"));
  }
}
