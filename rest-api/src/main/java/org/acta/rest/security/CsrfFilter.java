package org.acta.rest.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.acta.rest.dto.ProblemDto;

/**
 * Answers 403 to an unsafe request that came with the session cookie but without the session's
 * CSRF token in {@code X-CSRF-Token} ({@link ActaAuthenticationMechanism} marks it and does not
 * sign it in). It runs before the role check, so the caller learns why rather than getting a 401.
 * Sign-in and sign-out ({@code @PermitAll}) are let through: a forged sign-out harms nobody, and
 * a sign-in has no token yet.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {

  /** The request attribute the authentication mechanism sets on a refused request. */
  public static final String REFUSED = "org.acta.csrf.refused";

  /** The header that carries the session's CSRF token. */
  public static final String HEADER = "X-CSRF-Token";

  @Context HttpServletRequest servletRequest;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest == null || servletRequest.getAttribute(REFUSED) == null) {
      return;
    }
    if (resource != null && resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
      return;
    }
    request.abortWith(Response.status(Response.Status.FORBIDDEN).type(ProblemDto.MEDIA_TYPE)
        .entity(new ProblemDto("about:blank", "Forbidden", 403, "the " + HEADER + " header is"
            + " missing or does not match the session: sign in again, or send the token"
            + " /auth/me gives"))
        .build());
  }
}
