package dev.keyfit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses: maps and lists in insertion order, through Jackson. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** An ordered map of alternating keys and values. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static void send(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(text(value));
  }

  /** Sends text that already is JSON (the report's own JSON contract). */
  static void sendRaw(Context ctx, String json) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(json);
  }

  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
