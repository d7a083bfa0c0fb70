package org.acta.core.domain.shared;

/** A value breaks a rule of the domain (an unknown kind, a period that ends before it starts). */
public class InvalidValueException extends ActaException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(message);
  }
}
