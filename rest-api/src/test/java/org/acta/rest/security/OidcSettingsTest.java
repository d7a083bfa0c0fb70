package org.acta.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Single sign-on's settings: off without an issuer, and a wrong setting is named at once. */
class OidcSettingsTest {

  private static final List<String> PROPERTIES = List.of("acta.oidc.issuer",
      "acta.oidc.client-id", "acta.oidc.client-secret", "acta.oidc.roles-from",
      "acta.oidc.role-map", "acta.oidc.person-claim");

  @AfterEach
  void clear() {
    PROPERTIES.forEach(System::clearProperty);
  }

  @Test
  void offWithoutAnIssuerAndTheDefaultsOtherwise() {
    assertFalse(OidcSettings.current().isPresent());
    System.setProperty("acta.oidc.issuer", "https://idp.example.edu/realms/u");
    System.setProperty("acta.oidc.client-id", "acta");
    System.setProperty("acta.oidc.client-secret", "s3cret");
    OidcSettings settings = OidcSettings.current().orElseThrow();
    assertEquals("sub", settings.personClaim());
    assertFalse(settings.rolesFromClaim(), "roles come from Acta's own accounts by default");
    assertEquals("openid profile", settings.scope());
  }

  @Test
  void aMissingSecretOrAnUnknownModeIsNamed() {
    System.setProperty("acta.oidc.issuer", "https://idp.example.edu");
    System.setProperty("acta.oidc.client-id", "acta");
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        OidcSettings::current);
    assertTrue(missing.getMessage().contains("acta.oidc.client-secret")
        && missing.getMessage().contains("ACTA_OIDC_CLIENT_SECRET"), missing.getMessage());
    System.setProperty("acta.oidc.client-secret", "s3cret");
    System.setProperty("acta.oidc.roles-from", "ldap");
    assertTrue(assertThrows(IllegalStateException.class, OidcSettings::current).getMessage()
        .contains("acta.oidc.roles-from"));
  }

  @Test
  void theRoleMapKeepsItsOrderAndRefusesRolesActaLacks() {
    assertEquals(List.of("acta-admin", "library", "teacher"), List.copyOf(
        OidcSettings.roleMap("acta-admin=admin; library=staff;teacher=faculty;").keySet()));
    assertEquals("staff", OidcSettings.roleMap("cn=lib,ou=groups=staff;x=admin")
        .get("cn=lib,ou=groups"), "a group's distinguished name has commas and '='");
    IllegalStateException wrong = assertThrows(IllegalStateException.class,
        () -> OidcSettings.roleMap("teacher=professor"));
    assertTrue(wrong.getMessage().contains("teacher=professor"), wrong.getMessage());
  }
}
