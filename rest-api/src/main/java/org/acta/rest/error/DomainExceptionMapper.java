package org.acta.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.acta.core.domain.shared.ActaException;
import org.acta.core.domain.shared.DuplicateKeyException;

/**
 * The domain's expected failures: a duplicate key is a conflict (409); an unknown reference or a
 * value the domain refuses is unprocessable (422).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<ActaException> {

  @Override
  public Response toResponse(ActaException e) {
    if (e instanceof DuplicateKeyException) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    }
    return Problems.of(Problems.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage());
  }
}
