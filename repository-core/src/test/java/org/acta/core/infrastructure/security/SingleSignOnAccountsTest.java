package org.acta.core.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which account a single sign-on is, in both modes, on a real migrated database: an identifier
 * Acta does not know never becomes an account unless the provider asserts a role Acta maps.
 */
class SingleSignOnAccountsTest {

  private TestDatabase db;
  private SingleSignOnAccounts sso;
  private AccountAdministration admin;

  @BeforeEach
  void database() {
    db = TestDatabase.create();
    db.execute("INSERT INTO person (code, kind, name_en) VALUES ('F100', 'staff', 'Qiao Linyue')");
    db.execute("INSERT INTO person (code, kind, name_en) VALUES ('F200', 'staff', 'Ada Tan')");
    db.execute("INSERT INTO unit (code) VALUES ('U1')");
    sso = new SingleSignOnAccounts(db.dataSource());
    admin = new AccountAdministration(db.dataSource());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void fromTheAccountTableTheUserNameOrThePersonsOneAccountSignsIn() {
    admin.create("librarian", "staff", null, null, null, "root");
    admin.create("qiao", "faculty", "F100", null, null, "root");
    assertEquals("librarian", sso.fromAccountTable("librarian").username());
    assertEquals("qiao", sso.fromAccountTable("F100").username(), "by the person's code");

    SingleSignOnAccounts.Outcome stranger = sso.fromAccountTable("F999");
    assertFalse(stranger.signedIn());
    assertTrue(stranger.refusal().contains("no account"), stranger.refusal());

    admin.create("qiao2", "faculty", "F100", null, null, "root");
    assertTrue(sso.fromAccountTable("F100").refusal().contains("2 Acta accounts"),
        "two accounts for one person: which one is not guessed");

    admin.setDisabled("librarian", true, "root");
    assertTrue(sso.fromAccountTable("librarian").refusal().contains("disabled"));
  }

  @Test
  void anAssertedRoleMakesOrUpdatesTheSsoAccountAndIsRecorded() {
    SingleSignOnAccounts.Outcome faculty = sso.fromAssertedRole("F100", "faculty", "sso:idp");
    assertEquals("sso:F100", faculty.username());
    var account = admin.find("sso:F100").orElseThrow();
    assertEquals("faculty", account.role());
    assertEquals("F100", account.personCode(), "tied to the person it names");

    assertEquals("sso:F100", sso.fromAssertedRole("F100", "staff", "sso:idp").username());
    account = admin.find("sso:F100").orElseThrow();
    assertEquals("staff", account.role(), "the provider's role counts at each sign-in");
    assertNull(account.personCode());
    assertEquals(List.of("create", "role"),
        admin.events("sso:F100").stream().map(AccountAdministration.AccountEvent::action).toList());
    assertEquals("sso:idp", admin.events("sso:F100").get(0).actor());

    assertFalse(sso.fromAssertedRole("F999", "faculty", "sso:idp").signedIn(),
        "a faculty member must be a person of the directory");
    assertFalse(sso.fromAssertedRole("F200", null, "sso:idp").signedIn(), "no mapped role");
    assertFalse(sso.fromAssertedRole("F200", "unit-secretary", "sso:idp").signedIn());
    assertTrue(admin.find("sso:F999").isEmpty() && admin.find("sso:F200").isEmpty(),
        "no account made by accident");

    admin.setDisabled("sso:F100", true, "root");
    assertTrue(sso.fromAssertedRole("F100", "staff", "sso:idp").refusal().contains("disabled"),
        "a disabled account stays disabled");
  }

  @Test
  void theAccountRulesNameTheFieldThatBreaksThem() {
    assertField("personCode", () -> admin.create("a", "faculty", null, null, null, "root"));
    assertField("personCode", () -> admin.create("a", "faculty", "F999", null, null, "root"));
    assertField("unitCode", () -> admin.create("a", "unit-secretary", null, null, null, "root"));
    assertField("unitCode", () -> admin.create("a", "staff", null, "U1", null, "root"));
    assertField("role", () -> admin.create("a", "hr-client", null, null, null, "root"));
    assertField("password", () -> admin.create("a", "staff", null, null, "short", "root"));
    assertField("username", () -> admin.create("a:b", "staff", null, null, null, "root"));

    String generated = admin.create("sec", "unit-secretary", null, "U1", null, "root");
    assertEquals(16, generated.length());
    String stored = storedHash("sec");
    assertTrue(PasswordHashes.verify(generated.toCharArray(), stored), "stored hashed");
    assertFalse(stored.contains(generated));
    assertNull(admin.resetPassword("sec", "chosen-by-an-admin", "root"), "not echoed");
    assertTrue(PasswordHashes.verify("chosen-by-an-admin".toCharArray(),
        storedHash("sec")));
  }

  private String storedHash(String username) {
    try (var c = db.dataSource().getConnection();
        var ps = c.prepareStatement("SELECT password_hash FROM account WHERE username = ?")) {
      ps.setString(1, username);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertField(String field, Runnable change) {
    try {
      change.run();
    } catch (AccountAdministration.InvalidAccountException e) {
      assertEquals(field, e.field(), e.getMessage());
      return;
    }
    throw new AssertionError("no refusal naming " + field);
  }
}
