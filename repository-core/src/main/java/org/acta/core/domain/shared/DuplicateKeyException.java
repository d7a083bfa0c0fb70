package org.acta.core.domain.shared;

/** Something with the same natural key (a unit code, a person code) is already stored. */
public class DuplicateKeyException extends ActaException {
  private static final long serialVersionUID = 1L;

  public DuplicateKeyException(String what, String key) {
    super(what + " '" + key + "' already exists");
  }
}
