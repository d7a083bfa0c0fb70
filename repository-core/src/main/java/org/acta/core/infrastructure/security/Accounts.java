package org.acta.core.infrastructure.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.domain.shared.Sha256;

/**
 * Local accounts and API tokens in the database ({@code account}, {@code api_token}).
 *
 * <p>A token's secret is returned once, when it is made; only its SHA-256 is stored, so a copy of
 * the database lets nobody call the API.
 */
public final class Accounts {

  /** The roles of Acta; a caller has exactly one. */
  public static final Set<String> ROLES =
      Set.of("admin", "staff", "unit-secretary", "faculty", "student", "hr-client");

  /** The one scope a token has today: read the table and snapshots. */
  public static final String SCOPE_TABLE_READ = "table:read";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;

  public Accounts(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** An account as the security checks need it. */
  public record Account(String username, String role, String personCode, String unitCode) {}

  /** A token just made: {@code secret} is shown to the caller once and never again. */
  public record NewToken(long id, String name, String scope, String secret) {}

  /** Adds an account with a hashed password. */
  public void addAccount(String username, char[] password, String role, String personCode,
      String unitCode) {
    if (!ROLES.contains(role) || role.equals("hr-client")) {
      throw new IllegalArgumentException("not an account role: " + role);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO account"
            + " (username, password_hash, role, person_code, unit_code) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, username);
      ps.setString(2, PasswordHashes.hash(password));
      ps.setString(3, role);
      ps.setString(4, personCode);
      ps.setString(5, unitCode);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add account " + username + ": " + e.getMessage(), e);
    }
  }

  /** The account with this user name, if any. */
  public Optional<Account> find(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT username, role, person_code, unit_code FROM account WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Account(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read account " + username + ": " + e.getMessage(), e);
    }
  }

  /** Makes a token with the table:read scope; the secret in the answer is its only copy. */
  public NewToken createToken(String name) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "acta_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO api_token (name, token_sha256, scope) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setString(2, sha256(token));
      ps.setString(3, SCOPE_TABLE_READ);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new NewToken(keys.getLong(1), name, SCOPE_TABLE_READ, token);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store token " + name + ": " + e.getMessage(), e);
    }
  }

  /** The name of the live (not revoked) token with this secret, if any. */
  public Optional<String> tokenName(String secret) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT name FROM api_token"
            + " WHERE token_sha256 = ? AND revoked_at IS NULL AND scope = ?")) {
      ps.setString(1, sha256(secret));
      ps.setString(2, SCOPE_TABLE_READ);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check a token: " + e.getMessage(), e);
    }
  }

  /** A token as admins see it: never its secret. */
  public record TokenInfo(long id, String name, String scope, java.time.Instant createdAt,
      java.time.Instant revokedAt) {}

  /** Every token, live and revoked, newest first. */
  public java.util.List<TokenInfo> tokens() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, name, scope, created_at, revoked_at"
            + " FROM api_token ORDER BY id DESC");
        ResultSet rs = ps.executeQuery()) {
      java.util.List<TokenInfo> out = new java.util.ArrayList<>();
      while (rs.next()) {
        java.sql.Timestamp revoked = rs.getTimestamp(5);
        out.add(new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), revoked == null ? null : revoked.toInstant()));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the tokens: " + e.getMessage(), e);
    }
  }

  /** The name of the person an account is tied to (Chinese first), if any. */
  public Optional<String> personName(String personCode) {
    if (personCode == null) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT COALESCE(name_zh, name_en) FROM person WHERE code = ?")) {
      ps.setString(1, personCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read person " + personCode + ": " + e.getMessage(),
          e);
    }
  }

  /** Revokes a token; false when there is no live token with this id. */
  public boolean revokeToken(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE api_token"
            + " SET revoked_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND revoked_at IS NULL")) {
      ps.setLong(1, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot revoke token " + id + ": " + e.getMessage(), e);
    }
  }

  /** Lower-case hex SHA-256 of the token, as stored. */
  public static String sha256(String token) {
    return Sha256.hex(token);
  }
}
