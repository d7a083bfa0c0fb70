package org.acta.rest.resource;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.application.directory.UnitSubtree;
import org.acta.core.infrastructure.security.Accounts;
import org.acta.rest.security.Roles;

/**
 * A unit secretary is a delegate for one unit: they see and decide the rows of that unit and of
 * every unit below it in the tree (a school's secretary, its departments and labs), nothing
 * else. The account's {@code unit_code} says which unit, whatever the request asks for; asking
 * for a unit outside it is refused rather than silently answered with their own.
 *
 * @param unit the account's unit
 * @param units the unit and all its descendants
 */
record UnitSecretaryScope(String unit, Set<String> units) {

  /**
   * The caller's scope: null for everybody but unit secretaries (admins and staff see every
   * unit; other roles are limited elsewhere).
   *
   * @throws ForbiddenException for a secretary whose account names no unit
   */
  static UnitSecretaryScope of(SecurityContext security, DataSource dataSource) {
    if (security == null || !security.isUserInRole(Roles.UNIT_SECRETARY)
        || security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.STAFF)) {
      return null;
    }
    String own = new Accounts(dataSource).find(security.getUserPrincipal().getName())
        .map(Accounts.Account::unitCode).orElse(null);
    if (own == null) {
      throw new ForbiddenException("your account is tied to no unit");
    }
    return new UnitSecretaryScope(own, UnitSubtree.codes(dataSource, own));
  }

  /** Whether a unit is the secretary's or below it. */
  boolean covers(String unitCode) {
    return unitCode != null && units.contains(unitCode);
  }

  /**
   * Refuses a unit filter outside the scope.
   *
   * @throws ForbiddenException naming the field when {@code asked} is outside
   */
  void requireCovered(String field, String asked) {
    if (asked != null && !asked.isBlank() && !covers(asked.strip())) {
      throw new ForbiddenException(field + ": you may read the rows of unit " + unit
          + " and the units below it only");
    }
  }

  /**
   * A unit secretary decides about the people of their unit and the units below it only (the
   * person named in the decision must be in one of them); others pass.
   */
  static void requirePersonInOwnUnit(SecurityContext security, DataSource dataSource,
      String personCode) {
    UnitSecretaryScope scope = of(security, dataSource);
    if (scope == null) {
      return;
    }
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
    if (!scope.covers(theirs)) {
      throw new ForbiddenException("personId: you may decide about the people of unit "
          + scope.unit() + " and the units below it only");
    }
  }
}
