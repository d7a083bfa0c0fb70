package org.acta.core.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes a password the way Jakarta Security's default {@code Pbkdf2PasswordHash} stores and
 * verifies it ({@code PBKDF2WithHmacSHA256:2048:<salt>:<hash>}, Base64), so accounts created outside
 * the server (the demo, tests, an admin's script) sign in through the server's identity store.
 */
public final class PasswordHashes {

  /** The defaults of Jakarta Security's Pbkdf2PasswordHash. */
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 2048;
  static final int SALT_BYTES = 32;
  static final int KEY_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashes() {}

  /** A new salted hash of the password. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
        + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS, KEY_BYTES));
  }

  /** True when the password gives the stored hash. */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length);
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    try {
      return SecretKeyFactory.getInstance(ALGORITHM)
          .generateSecret(new PBEKeySpec(password, salt, iterations, keyBytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this JVM", e);
    }
  }
}
