package org.acta.core.infrastructure.evidence;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.explain.Reason;

/**
 * Evidence as JSON: a list of reasons is an array of {@code {"code": ..., "args": {...}}}, an
 * argument that is a reason the same object, a list an array. Numbers keep their kind (a whole
 * number reads back as {@code Long}, others as {@code Double}), so the words rendered from stored
 * evidence are the words the run would have written.
 */
public final class ReasonJson {
  private static final JsonProvider JSON = JsonProvider.provider();

  private ReasonJson() {}

  /** The reasons as a JSON array. */
  public static String write(List<Reason> reasons) {
    return array(reasons).toString();
  }

  /** The reasons as a JSON array value, to put inside another document. */
  public static JsonArray array(List<Reason> reasons) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    reasons.forEach(r -> a.add(object(r)));
    return a.build();
  }

  /**
   * The reasons of a JSON array written by {@link #write}; null or blank text gives null (a row
   * from before evidence had codes).
   *
   * @throws IllegalArgumentException naming the element that is not a reason
   */
  public static List<Reason> read(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try (JsonReader r = JSON.createReader(new StringReader(json))) {
      JsonArray a = r.readArray();
      List<Reason> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        out.add(reason(a.get(i), "[" + i + "]"));
      }
      return out;
    }
  }

  /** One reason as the plain maps and lists a JSON-B writer puts on the wire. */
  public static Map<String, Object> plain(Reason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    Map<String, Object> args = new LinkedHashMap<>();
    r.args().forEach((k, v) -> args.put(k, plainValue(v)));
    m.put("args", args);
    return m;
  }

  private static Object plainValue(Object v) {
    if (v instanceof Reason r) {
      return plain(r);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(ReasonJson::plainValue).toList();
    }
    return v;
  }

  private static JsonObject object(Reason r) {
    JsonObjectBuilder args = JSON.createObjectBuilder();
    r.args().forEach((k, v) -> args.add(k, value(v)));
    return JSON.createObjectBuilder().add("code", r.code()).add("args", args).build();
  }

  private static JsonValue value(Object v) {
    if (v instanceof Reason r) {
      return object(r);
    }
    if (v instanceof List<?> l) {
      JsonArrayBuilder a = JSON.createArrayBuilder();
      l.forEach(x -> a.add(value(x)));
      return a.build();
    }
    if (v instanceof String s) {
      return JSON.createValue(s);
    }
    if (v instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (v instanceof Double d) {
      return JSON.createValue(d);
    }
    return JSON.createValue(((Number) v).longValue());
  }

  private static Reason reason(JsonValue v, String where) {
    if (!(v instanceof JsonObject o) || !(o.get("code") instanceof JsonString code)) {
      throw new IllegalArgumentException("evidence JSON " + where + ": not {code, args}: " + v);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    JsonValue a = o.get("args");
    if (a instanceof JsonObject ao) {
      ao.forEach((k, x) -> args.put(k, arg(x, where + ".args." + k)));
    }
    return new Reason(code.getString(), args);
  }

  private static Object arg(JsonValue v, String where) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> {
        JsonNumber n = (JsonNumber) v;
        yield n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case OBJECT -> reason(v, where);
      case ARRAY -> {
        List<Object> l = new ArrayList<>();
        JsonArray arr = v.asJsonArray();
        for (int i = 0; i < arr.size(); i++) {
          l.add(arg(arr.get(i), where + "[" + i + "]"));
        }
        yield l;
      }
      default -> throw new IllegalArgumentException("evidence JSON " + where + ": null argument");
    };
  }
}
