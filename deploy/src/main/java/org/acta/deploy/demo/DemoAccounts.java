package org.acta.deploy.demo;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.core.infrastructure.security.PasswordHashes;

/**
 * The demo's accounts: admin, staff, a faculty member (the first member of staff in the demo's
 * people), a unit secretary of that member's unit, a student (the first student) and an API token
 * for HR. Passwords are random and printed once, when the accounts are
 * made; only their hashes are stored. Nothing happens when accounts exist already.
 */
public final class DemoAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private DemoAccounts() {}

  /**
   * Creates the demo accounts in an account-less database.
   *
   * @return lines for the console: each user name with its password, and the HR token
   */
  public static List<String> createIfNone(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM account")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        return List.of("demo accounts not created: the database already has accounts");
      }
    }
    String faculty = firstStaffCode(connection);
    List<String> lines = new ArrayList<>();
    lines.add("demo accounts (shown once; only hashes are stored):");
    lines.add(add(connection, "admin", "admin", null));
    lines.add(add(connection, "staff", "staff", null));
    if (faculty != null) {
      lines.add(add(connection, "faculty", "faculty", faculty) + " (person " + faculty + ")");
      String unit = unitOf(connection, faculty);
      if (unit != null) {
        lines.add(add(connection, "secretary", "unit-secretary", null, unit) + " (unit " + unit
            + ")");
      }
    }
    String student = firstCode(connection, "student");
    if (student != null) {
      lines.add(add(connection, "student", "student", student) + " (person " + student + ")");
    }
    String token = "acta_" + secret();
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO api_token (name, token_sha256, scope) VALUES (?, ?, ?)")) {
      ps.setString(1, "hr-demo");
      ps.setString(2, Accounts.sha256(token));
      ps.setString(3, Accounts.SCOPE_TABLE_READ);
      ps.executeUpdate();
    }
    lines.add("  hr token (Authorization: Bearer ...): " + token);
    return lines;
  }

  private static String add(Connection connection, String username, String role,
      String personCode) throws SQLException {
    return add(connection, username, role, personCode, null);
  }

  private static String add(Connection connection, String username, String role,
      String personCode, String unitCode) throws SQLException {
    String password = secret().substring(0, 16);
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO account"
        + " (username, password_hash, role, person_code, unit_code) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, username);
      ps.setString(2, PasswordHashes.hash(password.toCharArray()));
      ps.setString(3, role);
      ps.setString(4, personCode);
      ps.setString(5, unitCode);
      ps.executeUpdate();
    }
    return "  " + username + " / " + password;
  }

  private static String firstStaffCode(Connection connection) throws SQLException {
    return firstCode(connection, "staff");
  }

  private static String firstCode(Connection connection, String kind) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT code FROM person WHERE kind = ? ORDER BY code LIMIT 1")) {
      ps.setString(1, kind);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The code of the person's unit, for the demo's unit secretary. */
  private static String unitOf(Connection connection, String personCode) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT u.code FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.code = ?")) {
      ps.setString(1, personCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String secret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
