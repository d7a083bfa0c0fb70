package org.acta.core.domain.shared;

/**
 * A failure the domain expects and can explain to the caller (a duplicate identifier, a reference
 * to something that does not exist). Programming errors stay ordinary unchecked exceptions.
 */
public abstract class ActaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ActaException(String message) {
    super(message);
  }
}
