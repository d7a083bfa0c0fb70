package org.acta.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The resources offer exactly the operations of the committed contract ({@code acta-v1.yaml}):
 * every root resource under {@code org.acta.rest} is read the way JAX-RS reads it (a method's own
 * annotations, else those of the interface method it implements) and compared with the contract's
 * paths. A resource added without the contract, or an operation in the contract that nothing
 * implements, fails here in seconds; ContractIT checks the same on a running server.
 */
class ContractConformanceTest {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  @Test
  void resourcesImplementExactlyTheContractsOperations() throws Exception {
    Set<String> contract = contractOperations();
    Set<String> implemented = new TreeSet<>();
    for (Class<?> resource : rootResources()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getMethods()) {
        Method annotated = annotatedVersion(resource, method);
        if (annotated == null) {
          continue;
        }
        String verb = verb(annotated);
        Path sub = annotated.getAnnotation(Path.class);
        implemented.add(verb + " " + join(base, sub == null ? "" : sub.value()));
      }
    }
    assertTrue(contract.size() >= 10, "the contract lists the API: " + contract);
    assertEquals(contract, implemented, "the resources must offer exactly acta-v1.yaml's operations");
  }

  /** JAX-RS annotation inheritance: the method itself if annotated, else its interface method. */
  private static Method annotatedVersion(Class<?> resource, Method method) {
    if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    if (verbOrNull(method) != null) {
      return method;
    }
    for (Class<?> type : resource.getInterfaces()) {
      try {
        Method declared = type.getMethod(method.getName(), method.getParameterTypes());
        if (verbOrNull(declared) != null) {
          return declared;
        }
      } catch (NoSuchMethodException e) {
        // not this interface's method
      }
    }
    return null;
  }

  private static String verb(Method method) {
    return verbOrNull(method);
  }

  private static String verbOrNull(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static List<Class<?>> rootResources() throws IOException, URISyntaxException {
    File classes = new File(RestApplication.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(classes.toPath())) {
      return files
          .filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
          .map(p -> classes.toPath().relativize(p).toString())
          .map(name -> name.substring(0, name.length() - ".class".length())
              .replace(File.separatorChar, '.'))
          .filter(name -> name.startsWith("org.acta.rest."))
          .map(ContractConformanceTest::load)
          .filter(c -> !c.isInterface() && c.isAnnotationPresent(Path.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ContractConformanceTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }

  private static Set<String> contractOperations() throws IOException {
    JsonNode document = new ObjectMapper(new YAMLFactory())
        .readTree(new File("src/main/openapi/acta-v1.yaml"));
    Set<String> operations = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<String> methods = path.getValue().fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        if (METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + join(path.getKey(), ""));
        }
      }
    }
    return operations;
  }

  private static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
