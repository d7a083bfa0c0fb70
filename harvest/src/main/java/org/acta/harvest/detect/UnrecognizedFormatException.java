package org.acta.harvest.detect;

import java.io.IOException;

/**
 * No known export format fits a file. Names the file, the closest format (null when nothing came
 * near) and why it did not fit, in words a librarian can act on.
 */
public class UnrecognizedFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final transient ExportFormat closest;
  private final String why;

  public UnrecognizedFormatException(String fileName, ExportFormat closest, String why) {
    super(fileName + ": not a recognised export"
        + (closest == null ? "" : "; closest format: " + closest.displayName()) + ". " + why);
    this.fileName = fileName;
    this.closest = closest;
    this.why = why;
  }

  public String fileName() {
    return fileName;
  }

  /** The format that came nearest, or null. */
  public ExportFormat closest() {
    return closest;
  }

  public String why() {
    return why;
  }
}
