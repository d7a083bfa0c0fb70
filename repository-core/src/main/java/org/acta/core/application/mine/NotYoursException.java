package org.acta.core.application.mine;

/** A person asked about a row of the one table that belongs to someone else. */
public class NotYoursException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotYoursException(String rowId) {
    super("row " + rowId + " is not one of your publications");
  }
}
