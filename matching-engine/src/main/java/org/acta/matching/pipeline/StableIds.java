package org.acta.matching.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids that stay the same across runs because they are derived from what they identify, not from
 * a counter: the row of (work, person) keeps its id as long as the work keeps its id.
 */
public final class StableIds {
  private StableIds() {}

  /** The table's {@code row_id} of a (work, person) pair. */
  public static String rowId(String workId, String personId) {
    return "R" + shortHash(workId + "\u0000" + personId);
  }

  /** A 16-hex-digit SHA-256 prefix of a text. */
  public static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
