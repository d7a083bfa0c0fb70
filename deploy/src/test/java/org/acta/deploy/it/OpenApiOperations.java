package org.acta.deploy.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of an OpenAPI document as {@code "GET /units/{code}"} strings, paths relative to
 * the API's root ({@code /api/v1}), so the committed contract and the served document compare.
 */
final class OpenApiOperations {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final String API_ROOT = "/api/v1";

  private OpenApiOperations() {}

  /** The committed contract's operations; its paths are relative to its server ({@code /api/v1}). */
  static Set<String> fromContract(Path yaml) throws IOException {
    return operations(new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile()));
  }

  /** The served document's operations; Payara lists paths with the application path in front. */
  static Set<String> fromServed(String yaml) throws IOException {
    return operations(new ObjectMapper(new YAMLFactory()).readTree(yaml));
  }

  private static Set<String> operations(JsonNode document) {
    Set<String> operations = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<String> methods = path.getValue().fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        if (METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + relative(path.getKey()));
        }
      }
    }
    return operations;
  }

  private static String relative(String path) {
    int root = path.indexOf(API_ROOT + "/");
    String relative = root >= 0 ? path.substring(root + API_ROOT.length()) : path;
    if (relative.length() > 1 && relative.endsWith("/")) {
      relative = relative.substring(0, relative.length() - 1);
    }
    return relative.startsWith("/") ? relative : "/" + relative;
  }
}
