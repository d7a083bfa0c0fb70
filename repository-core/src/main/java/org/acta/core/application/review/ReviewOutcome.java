package org.acta.core.application.review;

/**
 * What became of one decision.
 *
 * @param key the item key
 * @param status {@code recorded}; {@code conflict} (someone decided it since the given version);
 *     {@code gone} (no longer in the queue); {@code invalid} (the decision breaks a rule)
 * @param eventId the recorded event, or null
 * @param version the item's version now
 * @param field the offending field of an invalid decision, or null
 * @param detail what went wrong, in words, or null
 */
public record ReviewOutcome(
    String key, String status, Long eventId, long version, String field, String detail) {

  public static final String RECORDED = "recorded";
  public static final String CONFLICT = "conflict";
  public static final String GONE = "gone";
  public static final String INVALID = "invalid";

  public boolean recorded() {
    return RECORDED.equals(status);
  }
}
