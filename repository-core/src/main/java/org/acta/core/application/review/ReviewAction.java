package org.acta.core.application.review;

import java.util.Locale;

/** A reviewer's answer to an attribution item. */
public enum ReviewAction {
  /** The proposed person is the author: an attribute event for them. */
  ACCEPT,
  /** Nobody of the university: an unattribute event with the reason code. */
  REJECT,
  /** Another person is the author: an attribute event for that person. */
  REASSIGN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the field for an unknown action */
  public static ReviewAction fromCode(String code) {
    for (ReviewAction a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("action: unknown action '" + code
        + "' (accept, reject or reassign)");
  }
}
