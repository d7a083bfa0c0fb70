package org.acta.core.application.review;

import java.util.Locale;

/** What a review item asks: is this author that person, or are these two works one. */
public enum ReviewKind {
  ATTRIBUTION,
  /** Two works the engine could not decide were one publication or two. */
  DUPLICATE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the field for an unknown kind */
  public static ReviewKind fromCode(String code) {
    for (ReviewKind k : values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("kind: unknown review kind '" + code
        + "' (attribution or duplicate)");
  }
}
