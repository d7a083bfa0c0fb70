package org.acta.core.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

  @Test
  void aHashVerifiesItsPasswordOnlyAndIsSaltedInJakartaSecuritysFormat() {
    String hash = PasswordHashes.hash("s3cret-密码".toCharArray());
    String[] parts = hash.split(":");
    assertEquals(4, parts.length);
    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
    assertEquals("2048", parts[1]);
    assertTrue(PasswordHashes.verify("s3cret-密码".toCharArray(), hash));
    assertFalse(PasswordHashes.verify("s3cret".toCharArray(), hash));
    assertNotEquals(hash, PasswordHashes.hash("s3cret-密码".toCharArray()), "salted");
  }

  @Test
  void tokensAreStoredAsLowerCaseHexSha256() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Accounts.sha256("abc"));
  }
}
