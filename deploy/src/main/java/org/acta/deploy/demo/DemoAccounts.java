package org.acta.deploy.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.core.infrastructure.security.PasswordHashes;

/**
 * The demo's accounts, one per role, and the HR system's API token. Their credentials are fixed
 * and listed in the README so that anyone trying the demo, and the screenshot script, can sign
 * in; they exist only because {@code acta serve --demo} made them, in a database that had no
 * account. Only hashes are stored, as for any account. Nothing happens when accounts exist already.
 */
public final class DemoAccounts {

  /** The HR token of the demo ({@code Authorization: Bearer demo-hr-token}). */
  public static final String HR_TOKEN = "demo-hr-token";

  /** A demo account: user name, password, role, and the person or unit it is tied to. */
  public record Account(String username, String password, String role, String personCode,
      String unitCode) {}

  private DemoAccounts() {}

  /**
   * The accounts of the demo university: the faculty member is the demo's first member of staff,
   * the student that member's first student, the unit secretary serves the faculty member's unit.
   */
  static List<Account> accounts(Connection connection) throws SQLException {
    List<Account> out = new ArrayList<>();
    out.add(new Account("admin", "demo-admin", "admin", null, null));
    out.add(new Account("staff", "demo-staff", "staff", null, null));
    String[] faculty = first(connection, "SELECT p.code, u.code FROM person p"
        + " LEFT JOIN unit u ON u.id = p.unit_id WHERE p.kind = 'staff' ORDER BY p.code LIMIT 1");
    if (faculty != null) {
      out.add(new Account("faculty", "demo-faculty", "faculty", faculty[0], null));
      if (faculty[1] != null) {
        out.add(new Account("secretary", "demo-secretary", "unit-secretary", null, faculty[1]));
      }
    }
    String[] student = first(connection, "SELECT code, NULL FROM person WHERE kind = 'student'"
        + " ORDER BY code LIMIT 1");
    if (student != null) {
      out.add(new Account("student", "demo-student", "student", student[0], null));
    }
    return out;
  }

  /**
   * Creates the demo accounts and token in an account-less database.
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
    List<String> lines = new ArrayList<>();
    lines.add("demo accounts (user / password; for the demo only):");
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // all of them or none: a killed start makes them next time
    try {
      for (Account account : accounts(connection)) {
        add(connection, account);
        lines.add("  " + account.username() + " / " + account.password() + " (" + account.role()
            + (account.personCode() == null ? "" : ", person " + account.personCode())
            + (account.unitCode() == null ? "" : ", unit " + account.unitCode()) + ")");
      }
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO api_token (name, token_sha256, scope) VALUES (?, ?, ?)")) {
        ps.setString(1, "hr-demo");
        ps.setString(2, Accounts.sha256(HR_TOKEN));
        ps.setString(3, Accounts.SCOPE_TABLE_READ);
        ps.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    lines.add("  hr token (Authorization: Bearer ...): " + HR_TOKEN);
    return lines;
  }

  private static void add(Connection connection, Account account) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO account"
        + " (username, password_hash, role, person_code, unit_code) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, account.username());
      ps.setString(2, PasswordHashes.hash(account.password().toCharArray()));
      ps.setString(3, account.role());
      ps.setString(4, account.personCode());
      ps.setString(5, account.unitCode());
      ps.executeUpdate();
    }
  }

  private static String[] first(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
    }
  }
}
