package org.acta.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A request body that breaks the DTO's constraints: 400 naming every field and what is wrong. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    String detail =
        e.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::describe)
            .sorted()
            .collect(Collectors.joining("; "));
    return Problems.of(Response.Status.BAD_REQUEST, detail);
  }

  private static String describe(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // Drop the method and parameter prefix (add.arg0.) so the client sees its own field names.
    String[] parts = path.split("\\.");
    String field =
        parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
    return (field.isEmpty() ? "body" : field) + " " + violation.getMessage();
  }
}
