package org.acta.rest.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How single sign-on is configured: system properties {@code acta.oidc.*}, each also readable
 * from the environment as {@code ACTA_OIDC_*} (a container passes secrets that way). Without an
 * issuer single sign-on is off and its endpoints answer 404.
 *
 * <ul>
 *   <li>{@code acta.oidc.issuer}: the provider's issuer URL (its discovery document is at
 *       {@code <issuer>/.well-known/openid-configuration})
 *   <li>{@code acta.oidc.client-id}, {@code acta.oidc.client-secret}: Acta's registration there
 *   <li>{@code acta.oidc.person-claim}: the ID token claim that names the person, e.g. the staff
 *       number (default {@code sub})
 *   <li>{@code acta.oidc.roles-from}: {@code account} (default: the person must have an account in
 *       Acta, whose role counts) or {@code claim} (the provider's {@code acta.oidc.role-claim}
 *       values map to roles through {@code acta.oidc.role-map}, e.g. {@code
 *       acta-admin=admin;library=staff;teacher=faculty}: pairs apart by semicolons, because a group
 *       given as an LDAP distinguished name has commas and equals signs; the first listed that the
 *       person has wins)
 *   <li>{@code acta.oidc.name}, {@code acta.oidc.name-zh}: the provider's name on the login screen
 *   <li>{@code acta.oidc.redirect-uri}: the callback as the provider knows it, when a proxy makes
 *       the request's own URL wrong (default: {@code <API root>/auth/oidc/callback})
 *   <li>{@code acta.oidc.scope}: default {@code openid profile}
 * </ul>
 */
public record OidcSettings(String issuer, String clientId, String clientSecret,
    String personClaim, boolean rolesFromClaim, String roleClaim, Map<String, String> roleMap,
    String name, String nameZh, String redirectUri, String scope) {

  /** The settings in force, or empty when single sign-on is not configured. */
  public static Optional<OidcSettings> current() {
    String issuer = read("acta.oidc.issuer", null);
    if (issuer == null) {
      return Optional.empty();
    }
    String rolesFrom = read("acta.oidc.roles-from", "account");
    if (!rolesFrom.equals("account") && !rolesFrom.equals("claim")) {
      throw new IllegalStateException("acta.oidc.roles-from is " + rolesFrom
          + ": account or claim");
    }
    return Optional.of(new OidcSettings(issuer,
        required("acta.oidc.client-id"), required("acta.oidc.client-secret"),
        read("acta.oidc.person-claim", "sub"), rolesFrom.equals("claim"),
        read("acta.oidc.role-claim", "groups"), roleMap(read("acta.oidc.role-map", "")),
        read("acta.oidc.name", "SSO"), read("acta.oidc.name-zh", null),
        read("acta.oidc.redirect-uri", null), read("acta.oidc.scope", "openid profile")));
  }

  /**
   * {@code value=role;value=role} in the order given (the last {@code =} of a pair separates the
   * role); a role Acta lacks is a setting error.
   */
  static Map<String, String> roleMap(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.lastIndexOf('=');
      String role = eq < 0 ? "" : pair.substring(eq + 1).strip();
      if (eq < 1 || !org.acta.core.infrastructure.security.AccountAdministration.ACCOUNT_ROLES
          .contains(role)) {
        throw new IllegalStateException("acta.oidc.role-map: \"" + pair.strip()
            + "\" is not <claim value>=<one of admin, staff, faculty, student>");
      }
      out.put(pair.substring(0, eq).strip(), role);
    }
    return out;
  }

  private static String required(String name) {
    String value = read(name, null);
    if (value == null) {
      throw new IllegalStateException(name + " (or " + envName(name) + ") must be set when"
          + " acta.oidc.issuer is");
    }
    return value;
  }

  private static String read(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(envName(name));
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String envName(String name) {
    return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
