package org.acta.rest.error;

import jakarta.ws.rs.core.Response;
import org.acta.rest.dto.ProblemDto;

/** Builds problem answers, so every mapper answers in the same shape. */
final class Problems {

  private Problems() {}

  static Response of(Response.Status status, String detail) {
    return Response.status(status)
        .type(ProblemDto.MEDIA_TYPE)
        .entity(
            new ProblemDto(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
        .build();
  }
}
