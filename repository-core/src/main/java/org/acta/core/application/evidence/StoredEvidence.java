package org.acta.core.application.evidence;

import java.util.Arrays;
import java.util.List;
import org.acta.core.infrastructure.evidence.ReasonJson;
import org.acta.matching.explain.Reason;

/**
 * Evidence as a row stores it: the reasons' JSON when the row has it, otherwise (a row written
 * before evidence had codes) its words, each shown as it is in every language.
 */
public final class StoredEvidence {
  private StoredEvidence() {}

  /** The reasons of {@code json}, or else each of {@code words} as a text reason. */
  public static List<Reason> read(String json, List<String> words) {
    List<Reason> reasons = ReasonJson.read(json);
    return reasons != null ? reasons : words.stream().map(Reason::text).toList();
  }

  /**
   * The reasons of {@code json}, or else the reasons of words written joined by "; " (the
   * {@code reasons} column of a suggestion).
   */
  public static List<Reason> readJoined(String json, String joined) {
    List<String> words = joined == null || joined.isBlank() ? List.of()
        : Arrays.stream(joined.split(";\\s*")).map(String::strip).filter(e -> !e.isEmpty())
            .toList();
    return read(json, words);
  }
}
