package org.acta.core.domain.person;

import java.util.Locale;
import org.acta.core.domain.shared.InvalidValueException;

/** Whether a person is on the staff or a student; stored as the lower-case name. */
public enum PersonKind {
  STAFF,
  STUDENT;

  /** The stored and exchanged form: {@code staff}, {@code student}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind a code names.
   *
   * @throws InvalidValueException for anything but {@code staff} or {@code student}
   */
  public static PersonKind fromCode(String code) {
    for (PersonKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new InvalidValueException(
        "person kind must be 'staff' or 'student', not '" + code + "'");
  }
}
