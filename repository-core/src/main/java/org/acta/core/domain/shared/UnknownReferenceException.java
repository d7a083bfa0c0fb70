package org.acta.core.domain.shared;

/** A new or changed object refers to another one (a parent unit, a supervisor) that is not stored. */
public class UnknownReferenceException extends ActaException {
  private static final long serialVersionUID = 1L;

  public UnknownReferenceException(String field, String key) {
    super(field + " '" + key + "' does not exist");
  }
}
