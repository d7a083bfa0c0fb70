package org.acta.rest.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.acta.rest.dto.ProblemDto;

/**
 * Enforces {@code @RolesAllowed} on every resource method (the method's own, else its class's):
 * Jakarta EE checks it only on EJBs, and these resources are CDI beans. A method with neither
 * {@code @RolesAllowed} nor {@code @PermitAll} is closed to everyone, so a resource added without
 * thinking about roles fails safe.
 */
@Provider
public class RolesAllowedFilter implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = implementation(type, method).getAnnotation(RolesAllowed.class);
    }
    if (allowed == null && !type.isAnnotationPresent(PermitAll.class)) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    if (allowed == null && type.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    context.register(new Check(allowed == null ? List.of() : Arrays.asList(allowed.value())));
  }

  /** The class's own method, whose annotations count when Jersey hands over the interface's. */
  private static Method implementation(Class<?> type, Method method) {
    try {
      return type.getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      return method;
    }
  }

  /** The check for one resource method. */
  static final class Check implements ContainerRequestFilter {
    private final List<String> roles;

    Check(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(problem(Response.Status.UNAUTHORIZED,
            "sign in: HTTP Basic with an account, or Authorization: Bearer with an API token")
            .header("WWW-Authenticate", "Basic realm=\"acta\"")
            .build());
        return;
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(problem(Response.Status.FORBIDDEN,
            "your role may not do this (allowed: " + String.join(", ", roles) + ")").build());
      }
    }

    private static Response.ResponseBuilder problem(Response.Status status, String detail) {
      return Response.status(status).type(ProblemDto.MEDIA_TYPE)
          .entity(new ProblemDto("about:blank", status.getReasonPhrase(), status.getStatusCode(),
              detail));
    }
  }
}
