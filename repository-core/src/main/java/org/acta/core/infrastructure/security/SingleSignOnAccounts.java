package org.acta.core.infrastructure.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Which Acta account a person signed in by the university's single sign-on is. The identity
 * provider vouches for an identifier (a claim such as the staff number); what that person may do
 * comes either from Acta's own account table ({@link #fromAccountTable}) or from a role the
 * provider asserts ({@link #fromAssertedRole}). Either way an identifier Acta does not know is
 * refused with a reason, never turned into an account by accident.
 */
public final class SingleSignOnAccounts {

  /** The prefix of accounts that single sign-on made from an asserted role. */
  public static final String PREFIX = "sso:";

  private final DataSource dataSource;

  public SingleSignOnAccounts(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The outcome: the account to start a session for, or why not. */
  public record Outcome(String username, String refusal) {
    static Outcome signIn(String username) {
      return new Outcome(username, null);
    }

    static Outcome refuse(String why) {
      return new Outcome(null, why);
    }

    public boolean signedIn() {
      return username != null;
    }
  }

  /**
   * The account an admin made for this identifier: the one whose user name is it, else the one
   * tied to the person with this code. None, several, or a disabled one: refused.
   */
  public Outcome fromAccountTable(String identifier) {
    List<String[]> matches = query("SELECT username, disabled_at IS NOT NULL FROM account"
        + " WHERE username = ? UNION SELECT username, disabled_at IS NOT NULL FROM account"
        + " WHERE person_code = ?", identifier, identifier);
    Optional<String[]> byName = matches.stream().filter(m -> m[0].equals(identifier)).findFirst();
    if (byName.isEmpty() && matches.size() > 1) {
      return Outcome.refuse(matches.size() + " Acta accounts are tied to " + identifier
          + "; an administrator must leave one");
    }
    String[] account = byName.orElse(matches.isEmpty() ? null : matches.get(0));
    if (account == null) {
      return Outcome.refuse("the university's sign-on vouched for " + identifier
          + ", but Acta has no account for it: ask an Acta administrator for one");
    }
    if (account[1].equals("1")) {
      return Outcome.refuse("the Acta account " + account[0] + " is disabled");
    }
    return Outcome.signIn(account[0]);
  }

  /**
   * The account for a role the provider asserts: {@code sso:<identifier>}, made or updated to
   * that role (and recorded). Faculty and students must be a person of the directory, whose own
   * items they see; a disabled account stays disabled.
   */
  public Outcome fromAssertedRole(String identifier, String role, String actor) {
    if (role == null) {
      return Outcome.refuse("the university's sign-on gives " + identifier
          + " no role that Acta maps to one of its own");
    }
    boolean self = role.equals("faculty") || role.equals("student");
    if (!AccountAdministration.ACCOUNT_ROLES.contains(role) || role.equals("unit-secretary")) {
      return Outcome.refuse("the role " + role + " cannot come from the sign-on (a unit"
          + " secretary's unit is set in Acta's account table)");
    }
    if (self && query("SELECT code, code FROM person WHERE code = ?", identifier).isEmpty()) {
      return Outcome.refuse("no person " + identifier + " in Acta's directory");
    }
    String username = PREFIX + identifier;
    String person = self ? identifier : null;
    List<String[]> existing = query("SELECT role, COALESCE(person_code, ''),"
        + " disabled_at IS NOT NULL FROM account WHERE username = ?", username);
    AccountAdministration history = new AccountAdministration(dataSource);
    if (existing.isEmpty()) {
      new Accounts(dataSource).addAccount(username,
          AccountAdministration.newPassword().toCharArray(), role, person, null);
      history.record(username, "create", "single sign-on: " + role, actor);
      return Outcome.signIn(username);
    }
    String[] account = existing.get(0);
    if (account[2].equals("1")) {
      return Outcome.refuse("the Acta account " + username + " is disabled");
    }
    if (!account[0].equals(role) || !account[1].equals(person == null ? "" : person)) {
      update(username, role, person, actor);
      history.record(username, "role", "single sign-on: " + role, actor);
    }
    return Outcome.signIn(username);
  }

  private void update(String username, String role, String person, String actor) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE account SET role = ?, person_code = ?,"
            + " updated_at = CURRENT_TIMESTAMP(3), updated_by = ? WHERE username = ?")) {
      ps.setString(1, role);
      ps.setString(2, person);
      ps.setString(3, actor);
      ps.setString(4, username);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update account " + username, e);
    }
  }

  private List<String[]> query(String sql, String... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setString(i + 1, values[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<String[]> out = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          String[] row = new String[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = rs.getString(i + 1);
          }
          out.add(row);
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look up an account for single sign-on: "
          + e.getMessage(), e);
    }
  }
}
