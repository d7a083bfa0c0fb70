package org.acta.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own failures (404 for an unknown code, 405, 415, unreadable JSON) as problem answers, so a
 * client never gets the server's HTML error page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Response problem =
        Problems.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    Response.ResponseBuilder answer = Response.fromResponse(problem);
    // Keep what the original answer told the client to do next (Allow, Location, ...).
    for (var header : original.getHeaders().entrySet()) {
      if (!"Content-Type".equalsIgnoreCase(header.getKey())) {
        header.getValue().forEach(value -> answer.header(header.getKey(), value));
      }
    }
    return answer.build();
  }
}
