package org.acta.deploy;

/**
 * A reason the launcher cannot go on that the user can fix (a busy port, a database that does not
 * answer). The message is one line naming the setting and what was tried; the command prints it
 * without a stack trace and exits with {@link #exitCode()}.
 */
public class LaunchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit codes of {@code acta}, as documented in the README. */
  public enum Reason {
    /** Something the launcher needs is missing (the built application, a directory). */
    SETUP(1),
    /** The HTTP port is taken. */
    PORT_IN_USE(3),
    /** The configured database is wrong or does not answer, or the embedded one did not start. */
    DATABASE(4),
    /** Payara Micro did not come up healthy. */
    SERVER(5),
    /** The data directory is used by another running {@code acta serve}. */
    DATA_DIR_IN_USE(6);

    private final int exitCode;

    Reason(int exitCode) {
      this.exitCode = exitCode;
    }

    /** The process exit code for this reason. */
    public int exitCode() {
      return exitCode;
    }
  }

  private final Reason reason;

  public LaunchException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public LaunchException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public int exitCode() {
    return reason.exitCode;
  }
}
