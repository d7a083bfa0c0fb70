package org.acta.core.infrastructure.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Browser sessions of the web UI ({@code web_session}). The cookie's secret is returned once, when
 * the session starts; only its SHA-256 is stored. Each session has its own CSRF token, which the
 * UI sends back in a header on unsafe requests.
 */
public final class WebSessions {

  /** How long a session lasts after sign-in: a working day, so a forgotten browser signs out. */
  public static final Duration LIFETIME = Duration.ofHours(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;

  public WebSessions(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** A session just started: {@code secret} goes into the cookie and is kept nowhere else. */
  public record NewSession(String secret, String csrfToken, Instant expiresAt) {}

  /** A live session: whose it is, their role now, and its CSRF token. */
  public record Session(String username, String role, String csrfToken) {}

  /** Starts a session for an account whose password was just checked. */
  public NewSession start(String username) {
    String secret = random();
    String csrf = random();
    Instant expires = Instant.now().plus(LIFETIME);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO web_session"
            + " (secret_sha256, username, csrf_token, expires_at) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, Accounts.sha256(secret));
      ps.setString(2, username);
      ps.setString(3, csrf);
      ps.setTimestamp(4, Timestamp.from(expires));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a session for " + username + ": "
          + e.getMessage(), e);
    }
    return new NewSession(secret, csrf, expires);
  }

  /**
   * The live session with this cookie secret, if any. The role is read from the account each time,
   * so a changed, disabled or removed account takes effect at once.
   */
  public Optional<Session> find(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT s.username, a.role, s.csrf_token"
            + " FROM web_session s JOIN account a ON a.username = s.username"
            + " WHERE s.secret_sha256 = ? AND s.expires_at > ? AND a.disabled_at IS NULL")) {
      ps.setString(1, Accounts.sha256(secret));
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Session(rs.getString(1), rs.getString(2), rs.getString(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check a session: " + e.getMessage(), e);
    }
  }

  /** Ends the session with this secret (and drops expired ones); nothing happens for no session. */
  public void end(String secret) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM web_session WHERE secret_sha256 = ? OR expires_at < ?")) {
      ps.setString(1, secret == null ? "" : Accounts.sha256(secret));
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot end a session: " + e.getMessage(), e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
