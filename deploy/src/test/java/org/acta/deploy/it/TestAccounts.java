package org.acta.deploy.it;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.core.infrastructure.security.PasswordHashes;

/**
 * Accounts and API tokens written straight into the test database (the server has migrated it by
 * the time a test runs), each with a unique name so tests do not see each other's.
 */
final class TestAccounts {

  private TestAccounts() {}

  /** A caller: the Authorization header to send, and the account's person code if any. */
  record Caller(String username, String authorization, String personCode) {}

  /** A new account with this role (and person, for faculty and students). */
  static Caller account(String role, String personCode) throws SQLException {
    String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("INSERT INTO account"
            + " (username, password_hash, role, person_code) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, username);
      ps.setString(2, PasswordHashes.hash(password.toCharArray()));
      ps.setString(3, role);
      ps.setString(4, personCode);
      ps.executeUpdate();
    }
    String basic = "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Caller(username, basic, personCode);
  }

  /** A unit secretary of this unit. */
  static Caller unitSecretary(String unitCode) throws SQLException {
    Caller caller = account("unit-secretary", null);
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE account SET unit_code = ? WHERE username = ?")) {
      ps.setString(1, unitCode);
      ps.setString(2, caller.username());
      ps.executeUpdate();
    }
    return caller;
  }

  /** The password of an account made here (from its Basic header). */
  static String password(Caller caller) {
    String decoded = new String(Base64.getDecoder().decode(
        caller.authorization().substring("Basic ".length())), StandardCharsets.UTF_8);
    return decoded.substring(decoded.indexOf(':') + 1);
  }

  /** A member of staff. */
  static Caller staff() throws SQLException {
    return account("staff", null);
  }

  /** A new live API token for the HR system (scope table:read). */
  static Caller hrToken() throws SQLException {
    String secret = "acta_test_" + UUID.randomUUID();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO api_token (name, token_sha256, scope) VALUES (?, ?, ?)")) {
      ps.setString(1, "hr-" + secret.substring(10, 18));
      ps.setString(2, Accounts.sha256(secret));
      ps.setString(3, Accounts.SCOPE_TABLE_READ);
      ps.executeUpdate();
    }
    return new Caller("token", "Bearer " + secret, null);
  }

  /** The id of the token with this secret (to revoke it through the API). */
  static long tokenId(Caller token) throws SQLException {
    String secret = token.authorization().substring("Bearer ".length());
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM api_token WHERE token_sha256 = ?")) {
      ps.setString(1, Accounts.sha256(secret));
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no token " + token);
        }
        return rs.getLong(1);
      }
    }
  }
}
