package org.acta.deploy.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.acta.deploy.LaunchException;

/** Checks, before anything else starts, that the configured database answers. */
public final class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 5;

  private DatabaseProbe() {}

  /**
   * Connects once and closes again.
   *
   * @return the server's version, e.g. {@code 10.11.19-MariaDB}
   * @throws LaunchException naming the setting and the server's answer when it fails
   */
  public static String requireReachable(DatabaseSettings settings) {
    if (!settings.url().startsWith("jdbc:mariadb://")) {
      throw new LaunchException(
          LaunchException.Reason.DATABASE,
          settings.origin() + " must be a MariaDB JDBC URL like jdbc:mariadb://127.0.0.1:3306/acta,"
              + " not '" + settings.url() + "'");
    }
    Properties properties = new Properties();
    properties.setProperty("user", settings.user());
    properties.setProperty("password", settings.password());
    properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS * 1000));
    try (Connection connection = DriverManager.getConnection(settings.url(), properties)) {
      return connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new LaunchException(
          LaunchException.Reason.DATABASE,
          "cannot connect to the database " + settings.describe() + ": " + firstLine(e.getMessage()),
          e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
