package org.acta.core.infrastructure.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What an admin does to local accounts: list, create, change the role or the binding, disable and
 * enable, reset the password. Every change is written to {@code account_event} with who made it,
 * in the same transaction as the change, so the history cannot miss one.
 *
 * <p>Passwords are stored as {@link PasswordHashes} makes them, as everywhere else; a generated
 * password is returned to the caller once and kept nowhere.
 */
public final class AccountAdministration {

  /** The roles an account can have (an {@code hr-client} is an API token, not an account). */
  public static final List<String> ACCOUNT_ROLES =
      List.of("admin", "staff", "unit-secretary", "faculty", "student");

  private static final SecureRandom RANDOM = new SecureRandom();
  /** Letters and digits that cannot be mistaken for each other when read aloud or copied. */
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final DataSource dataSource;

  public AccountAdministration(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** An account as admins see it: never its password hash. */
  public record AccountInfo(String username, String role, String personCode, String unitCode,
      Instant createdAt, Instant disabledAt, Instant updatedAt, String updatedBy) {}

  /** One recorded change of an account. */
  public record AccountEvent(long id, String username, String action, String detail, String actor,
      Instant at) {}

  /** A rule of the request was broken; the message names the field. */
  public static final class InvalidAccountException extends RuntimeException {
    private final String field;

    public InvalidAccountException(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** An account of this name exists already. */
  public static final class AccountConflictException extends RuntimeException {
    public AccountConflictException(String message) {
      super(message);
    }
  }

  /** No account has this name. */
  public static final class NoSuchAccountException extends RuntimeException {
    public NoSuchAccountException(String username) {
      super("no account named " + username);
    }
  }

  /** Every account, by user name. */
  public List<AccountInfo> list() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY username");
        ResultSet rs = ps.executeQuery()) {
      List<AccountInfo> out = new ArrayList<>();
      while (rs.next()) {
        out.add(info(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the accounts: " + e.getMessage(), e);
    }
  }

  /** The account with this user name, if any. */
  public Optional<AccountInfo> find(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(info(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read account " + username + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates a local account. Without a password one is generated and returned (the only copy);
   * with one, null is returned.
   */
  public String create(String username, String role, String personCode, String unitCode,
      String password, String actor) {
    String name = username == null ? "" : username.strip();
    if (name.isEmpty() || name.length() > 128 || name.contains(":") || name.contains("/")) {
      throw new InvalidAccountException("username", "1 to 128 characters, no colon (HTTP Basic"
          + " separates the user name from the password by it) and no slash");
    }
    checkBinding(role, blankToNull(personCode), blankToNull(unitCode));
    String generated = password == null || password.isEmpty() ? newPassword() : null;
    String secret = generated != null ? generated : checkedPassword(password);
    inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (username,"
          + " password_hash, role, person_code, unit_code, updated_at, updated_by)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, name);
        ps.setString(2, PasswordHashes.hash(secret.toCharArray()));
        ps.setString(3, role);
        ps.setString(4, blankToNull(personCode));
        ps.setString(5, blankToNull(unitCode));
        ps.setTimestamp(6, Timestamp.from(Instant.now()));
        ps.setString(7, actor);
        ps.executeUpdate();
      } catch (SQLIntegrityConstraintViolationException e) {
        throw new AccountConflictException("an account named " + name + " exists already");
      }
      record(c, name, "create", describe(role, personCode, unitCode), actor);
    });
    return generated;
  }

  /** Changes the role and binding (person for faculty and students, unit for secretaries). */
  public void changeRole(String username, String role, String personCode, String unitCode,
      String actor) {
    checkBinding(role, blankToNull(personCode), blankToNull(unitCode));
    update(username, "role", describe(role, personCode, unitCode), actor,
        "role = ?, person_code = ?, unit_code = ?", role, blankToNull(personCode),
        blankToNull(unitCode));
  }

  /** Disables or enables an account; a disabled one's sessions stop at once. */
  public void setDisabled(String username, boolean disabled, String actor) {
    if (disabled) {
      update(username, "disable", null, actor, "disabled_at = CURRENT_TIMESTAMP(3)");
    } else {
      update(username, "enable", null, actor, "disabled_at = NULL");
    }
  }

  /**
   * Sets a new password: the given one, or a generated one that is returned (the only copy). The
   * account's browser sessions end, so whoever knew the old password is signed out.
   */
  public String resetPassword(String username, String password, String actor) {
    String generated = password == null || password.isEmpty() ? newPassword() : null;
    String secret = generated != null ? generated : checkedPassword(password);
    update(username, "password", generated != null ? "generated" : "set by the admin", actor,
        "password_hash = ?", PasswordHashes.hash(secret.toCharArray()));
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM web_session WHERE username = ?")) {
      ps.setString(1, username);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot end the sessions of " + username, e);
    }
    return generated;
  }

  /** The recorded changes of one account, oldest first. */
  public List<AccountEvent> events(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, username, action, detail, actor, at"
            + " FROM account_event WHERE username = ? ORDER BY id")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        List<AccountEvent> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new AccountEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the history of " + username, e);
    }
  }

  /** Records a change made elsewhere (single sign-on provisioning an account). */
  public void record(String username, String action, String detail, String actor) {
    inTransaction(c -> record(c, username, action, detail, actor));
  }

  private void update(String username, String action, String detail, String actor, String set,
      Object... values) {
    inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE account SET " + set
          + ", updated_at = CURRENT_TIMESTAMP(3), updated_by = ? WHERE username = ?")) {
        int i = 1;
        for (Object value : values) {
          ps.setObject(i++, value);
        }
        ps.setString(i++, actor);
        ps.setString(i, username);
        if (ps.executeUpdate() != 1) {
          throw new NoSuchAccountException(username);
        }
      }
      record(c, username, action, detail, actor);
    });
  }

  private void checkBinding(String role, String personCode, String unitCode) {
    if (role == null || !ACCOUNT_ROLES.contains(role)) {
      throw new InvalidAccountException("role", "one of " + String.join(", ", ACCOUNT_ROLES));
    }
    boolean self = role.equals("faculty") || role.equals("student");
    if (self && personCode == null) {
      throw new InvalidAccountException("personCode", "a " + role
          + " account is tied to a person: name their staff or student number");
    }
    if (!self && personCode != null) {
      throw new InvalidAccountException("personCode", "only faculty and student accounts are"
          + " tied to a person");
    }
    if (role.equals("unit-secretary") && unitCode == null) {
      throw new InvalidAccountException("unitCode", "a unit secretary's account is tied to a unit");
    }
    if (!role.equals("unit-secretary") && unitCode != null) {
      throw new InvalidAccountException("unitCode", "only unit secretaries are tied to a unit");
    }
    if (personCode != null && !exists("SELECT 1 FROM person WHERE code = ?", personCode)) {
      throw new InvalidAccountException("personCode", "no person " + personCode
          + " in the directory");
    }
    if (unitCode != null && !exists("SELECT 1 FROM unit WHERE code = ?", unitCode)) {
      throw new InvalidAccountException("unitCode", "no unit " + unitCode + " in the directory");
    }
  }

  private static String checkedPassword(String password) {
    if (password.length() < 10 || password.length() > 1024) {
      throw new InvalidAccountException("password", "10 to 1024 characters (or none, and one is"
          + " generated)");
    }
    return password;
  }

  /** 16 characters from a 57-letter alphabet: about 93 bits, shown once to the admin. */
  static String newPassword() {
    StringBuilder out = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      out.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return out.toString();
  }

  private boolean exists(String sql, String value) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check " + value + ": " + e.getMessage(), e);
    }
  }

  private static void record(Connection c, String username, String action, String detail,
      String actor) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_event"
        + " (username, action, detail, actor) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, username);
      ps.setString(2, action);
      ps.setString(3, detail);
      ps.setString(4, actor);
      ps.executeUpdate();
    }
  }

  private static String describe(String role, String personCode, String unitCode) {
    return role + (blankToNull(personCode) != null ? " person " + personCode.strip() : "")
        + (blankToNull(unitCode) != null ? " unit " + unitCode.strip() : "");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void inTransaction(Work work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change an account: " + e.getMessage(), e);
    }
  }

  private static final String SELECT = "SELECT username, role, person_code, unit_code,"
      + " created_at, disabled_at, updated_at, updated_by FROM account";

  private static AccountInfo info(ResultSet rs) throws SQLException {
    return new AccountInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
        rs.getString(8));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
