package org.acta.core.application.work;

/** A request names a work that is not there; {@link #field()} is the request field that named it. */
public final class UnknownWorkException extends IllegalArgumentException {
  private final String field;

  public UnknownWorkException(String field, String workKey) {
    super(field + ": no work " + workKey);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
