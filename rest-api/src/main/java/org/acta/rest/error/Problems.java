package org.acta.rest.error;

import jakarta.ws.rs.core.Response;
import org.acta.rest.dto.ProblemDto;

/** Builds problem answers, so every mapper answers in the same shape. */
public final class Problems {

  private Problems() {}

  /** 422: JAX-RS 3.1 has no constant for it. */
  public static final int UNPROCESSABLE_CONTENT = 422;

  public static Response of(Response.Status status, String detail) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  public static Response of(int status, String title, String detail) {
    return Response.status(status)
        .type(ProblemDto.MEDIA_TYPE)
        .entity(new ProblemDto("about:blank", title, status, detail))
        .build();
  }
}
