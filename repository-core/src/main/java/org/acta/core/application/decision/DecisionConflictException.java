package org.acta.core.application.decision;

/**
 * Someone else decided the same item since this decision's maker looked at it: nothing was
 * recorded; look again and decide again.
 */
public class DecisionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long currentVersion;

  public DecisionConflictException(String itemKey, long expected, long current) {
    super("conflict on " + itemKey + ": you saw version " + expected + ", it is now at version "
        + current + " (someone else decided it); reload and decide again");
    this.currentVersion = current;
  }

  /** The item's version now. */
  public long currentVersion() {
    return currentVersion;
  }
}
