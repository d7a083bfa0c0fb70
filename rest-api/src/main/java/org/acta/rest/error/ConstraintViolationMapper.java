package org.acta.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.validation.ElementKind;
import java.util.ArrayList;
import java.util.List;
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
    return fieldName(violation.getPropertyPath()) + " " + violation.getMessage();
  }

  /**
   * The name the client knows: the body's field ({@code code}, {@code otherNames[0].name}) or the
   * query, path or header parameter ({@code limit}); never the Java method's name.
   */
  static String fieldName(jakarta.validation.Path path) {
    List<jakarta.validation.Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      jakarta.validation.Path.Node node = nodes.get(i);
      ElementKind kind = node.getKind();
      boolean bodyParameter = kind == ElementKind.PARAMETER && i < nodes.size() - 1;
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || bodyParameter
          || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.isInIterable() && field.length() > 0) {
        // Bean Validation puts an element's index on the node after the list: otherNames[0].name
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(at == null ? "" : at).append(']');
      }
      if (node.getName() == null || node.getName().startsWith("<")) {
        continue; // a container element (<list element>): the index says it all
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
