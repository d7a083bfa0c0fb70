package org.acta.rest.resource;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import javax.sql.DataSource;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.security.Roles;

/**
 * A unit secretary sees the rows of their own unit only: the account's {@code unit_code} is the
 * unit filter, whatever the request asks for; asking for another unit is refused rather than
 * silently answered with their own.
 */
final class UnitSecretaryScope {
  private UnitSecretaryScope() {}

  /** The unit filter to apply: the asked one for everybody else, the own one for a secretary. */
  static String unit(SecurityContext security, DataSource dataSource, String asked) {
    if (security == null || !security.isUserInRole(Roles.UNIT_SECRETARY)) {
      return asked;
    }
    String own = new Accounts(dataSource).find(security.getUserPrincipal().getName())
        .map(Accounts.Account::unitCode).orElse(null);
    if (own == null) {
      throw new ForbiddenException("your account is tied to no unit");
    }
    if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
      throw new ForbiddenException("you may read the rows of unit " + own + " only");
    }
    return own;
  }

  /**
   * A unit secretary decides about the people of their own unit only (the person named in the
   * decision must be in it); others pass.
   */
  static void requirePersonInOwnUnit(SecurityContext security, DataSource dataSource,
      String personCode) {
    if (security == null || !security.isUserInRole(Roles.UNIT_SECRETARY)) {
      return;
    }
    String own = unit(security, dataSource, null);
    String theirs;
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement("SELECT u.code FROM person p"
            + " JOIN unit u ON u.id = p.unit_id WHERE p.code = ?")) {
      ps.setString(1, personCode);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        theirs = rs.next() ? rs.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the unit of " + personCode, e);
    }
    if (!own.equals(theirs)) {
      throw new ForbiddenException("you may decide about the people of unit " + own + " only");
    }
  }
}
