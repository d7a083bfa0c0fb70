package org.acta.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper knows: a 500 problem that names an incident id and nothing else. The
 * stack trace goes to the server log under that id, never to the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, e);
    return Problems.of(Response.Status.INTERNAL_SERVER_ERROR,
        "the server failed; the administrator finds the details under incident " + incident);
  }
}
