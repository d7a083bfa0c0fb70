package org.acta.core.application.imports;

/** The database refused or lost an import's writes or reads; the import can be run again. */
public class ImportStorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportStorageException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
