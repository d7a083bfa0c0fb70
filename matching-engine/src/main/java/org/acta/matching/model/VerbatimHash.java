package org.acta.matching.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a record's verbatim text, line endings folded, for records without a natural id. */
public final class VerbatimHash {
  private VerbatimHash() {}

  public static String of(String verbatim) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String folded = verbatim.replace("\r\n", "\n").replace('\r', '\n').strip();
      return HexFormat.of().formatHex(md.digest(folded.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
