package org.acta.matching.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of evidence: a stable code ({@code dedup.doi.same}) and its named arguments
 * ({@code doi: "10.1/x"}), rendered into words by {@link ReasonRenderer}. An argument is a string,
 * a number, a boolean, another reason (rendered in the same language) or a list of those (the
 * {@code items} of a {@code list.*} reason). Codes never change meaning once stored; a new wording
 * is a new message, a new meaning a new code.
 *
 * @param code the stable code, a key of the message bundles
 * @param args the arguments by name, in the order the code declares them
 */
public record Reason(String code, Map<String, Object> args) {

  /** The code of evidence that was stored as text before codes existed: shown as it is. */
  public static final String TEXT = "text";

  public Reason {
    Objects.requireNonNull(code, "code");
    Map<String, Object> copy = new LinkedHashMap<>();
    if (args != null) {
      args.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "argument name"),
          checked(code, k, v)));
    }
    args = Collections.unmodifiableMap(copy);
  }

  /** Evidence stored as words only (rows written before codes existed): rendered verbatim. */
  public static Reason text(String text) {
    return new Reason(TEXT, Map.of("text", text));
  }

  /** The items joined the way {@code style} says, in the reader's language. */
  public static Reason list(ListStyle style, List<?> items) {
    return new Reason(style.code(), Map.of("items", List.copyOf(items)));
  }

  /** The words a librarian reads, in English (CSV outputs, logs, the text column). */
  public String english() {
    return ReasonRenderer.of(Locale.ENGLISH).render(this);
  }

  @Override
  public String toString() {
    return english();
  }

  private static Object checked(String code, String name, Object v) {
    if (v instanceof String || v instanceof Reason || v instanceof Boolean
        || v instanceof Integer || v instanceof Long || v instanceof Double) {
      return v;
    }
    if (v instanceof List<?> l) {
      l.forEach(x -> checked(code, name, x));
      return List.copyOf(l);
    }
    throw new IllegalArgumentException("evidence " + code + ": argument " + name
        + " must be a string, number, boolean, reason or list, not "
        + (v == null ? "null" : v.getClass().getSimpleName()));
  }
}
