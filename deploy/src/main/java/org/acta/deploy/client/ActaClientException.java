package org.acta.deploy.client;

/** The server answered, but not as expected. */
public class ActaClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ActaClientException(String message) {
    super(message);
  }
}
