package org.acta.matching.work;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.acta.matching.model.SourceRecord;

/**
 * Stable work ids: derived from the smallest natural key among the member records, so the same
 * members give the same id on every run, whatever the input order.
 */
public final class WorkIds {
  private WorkIds() {}

  public static String of(List<SourceRecord> members) {
    String min = null;
    for (SourceRecord r : members) {
      String k = r.naturalKey();
      if (min == null || k.compareTo(min) < 0) {
        min = k;
      }
    }
    return "W" + hash(min == null ? "" : min);
  }

  /** The id of a work whose members have these natural keys. */
  public static String ofNaturalKeys(List<String> naturalKeys) {
    String min = null;
    for (String k : naturalKeys) {
      if (min == null || k.compareTo(min) < 0) {
        min = k;
      }
    }
    return "W" + hash(min == null ? "" : min);
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
