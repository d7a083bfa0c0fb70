package org.acta.deploy.database;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.acta.deploy.LaunchException;

/**
 * How to reach Acta's database.
 *
 * @param url JDBC URL, {@code jdbc:mariadb://host:port/database}
 * @param user user name
 * @param password password, empty for none
 * @param origin where the settings came from, for messages ("ACTA_DB_URL", "embedded MariaDB in
 *     ~/.acta/mariadb")
 */
public record DatabaseSettings(String url, String user, String password, String origin) {

  /** Configuration keys as MicroProfile Config names them; environment variables are upper case. */
  public static final String URL_KEY = "acta.db.url";

  public static final String USER_KEY = "acta.db.user";
  public static final String PASSWORD_KEY = "acta.db.password";

  /** The user when the configuration names none. */
  public static final String DEFAULT_USER = "root";

  /**
   * The database the configuration names, looked up the way MicroProfile Config does: a system
   * property ({@code -Dacta.db.url}) first, then the environment ({@code ACTA_DB_URL}).
   *
   * @return empty when no URL is configured
   */
  public static Optional<DatabaseSettings> fromConfiguration() {
    return fromConfiguration(System::getProperty, System.getenv());
  }

  static Optional<DatabaseSettings> fromConfiguration(
      UnaryOperator<String> systemProperties, Map<String, String> environment) {
    Optional<Setting> url = lookup(URL_KEY, systemProperties, environment);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    String user =
        lookup(USER_KEY, systemProperties, environment).map(Setting::value).orElse(DEFAULT_USER);
    String password =
        lookup(PASSWORD_KEY, systemProperties, environment).map(Setting::value).orElse("");
    return Optional.of(new DatabaseSettings(url.get().value(), user, password, url.get().name()));
  }

  private static Optional<Setting> lookup(
      String key, UnaryOperator<String> systemProperties, Map<String, String> environment) {
    String property = systemProperties.apply(key);
    if (property != null && !property.isBlank()) {
      return Optional.of(new Setting("-D" + key, property.strip()));
    }
    String variable = environmentName(key);
    String value = environment.get(variable);
    if (value != null && !value.isBlank()) {
      return Optional.of(new Setting(variable, value.strip()));
    }
    return Optional.empty();
  }

  /** MicroProfile Config's environment form of a key: {@code acta.db.url} → {@code ACTA_DB_URL}. */
  public static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** The settings as environment variables, for a child process (never on its command line). */
  public Map<String, String> asEnvironment() {
    return Map.of(
        environmentName(URL_KEY), url,
        environmentName(USER_KEY), user,
        environmentName(PASSWORD_KEY), password);
  }

  /**
   * A data source on these settings, for the launcher's own work in the database (staging the
   * demo's files through the import service, which takes a data source as the server's does).
   */
  public javax.sql.DataSource dataSource() {
    try {
      org.mariadb.jdbc.MariaDbDataSource source = new org.mariadb.jdbc.MariaDbDataSource(url);
      source.setUser(user);
      source.setPassword(password);
      return source;
    } catch (java.sql.SQLException e) {
      throw new LaunchException(LaunchException.Reason.DATABASE,
          "the database URL " + url + " is not usable: " + e.getMessage(), e);
    }
  }

  /** The URL and user for messages; never the password. */
  public String describe() {
    return origin + "=" + url + " (user " + user + ")";
  }

  private record Setting(String name, String value) {}
}
