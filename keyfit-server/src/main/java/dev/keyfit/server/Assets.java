package dev.keyfit.server;

import dev.keyfit.extract.DocumentFormat;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page and its files, from the jar: a fixed list of names (a URL can name nothing else, so no
 * path can climb out of it), each with its content type. The page gets the CSRF token of this run
 * in a meta tag, for the scripts to send with every POST, and the formats keyfit reads (the file
 * pickers' {@code accept} list and the hints) from {@link DocumentFormat}, the one list of them.
 */
final class Assets {

  static final String ROOT = "/dev/keyfit/server/web/";

  static final Map<String, String> FILES =
      Map.of(
          "app.css", "text/css; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "scan.js", "text/javascript; charset=utf-8",
          "ats.js", "text/javascript; charset=utf-8",
          "batch.js", "text/javascript; charset=utf-8",
          "icon.svg", "image/svg+xml");

  private final String page;

  Assets(Guard guard) {
    this.page =
        read("index.html")
            .replace("{{csrf}}", guard.csrf())
            .replace("{{accept}}", accept())
            .replace("{{formats}}", DocumentFormat.namesProse());
  }

  /** The file pickers' {@code accept} list: every readable format's extensions, in order. */
  static String accept() {
    return DocumentFormat.readable().stream()
        .flatMap(f -> f.extensions().stream())
        .map(ext -> "." + ext)
        .collect(Collectors.joining(","));
  }

  /** The page as served, with this run's token and the format lists filled in. */
  String page() {
    return page;
  }

  void register(RoutesConfig routes) {
    routes.get(
        "/",
        ctx -> {
          ctx.contentType("text/html; charset=utf-8");
          ctx.result(page);
        });
    routes.get("/assets/{name}", this::asset);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("name");
    String type = FILES.get(name);
    if (type == null) {
      throw Refusal.notFound("the file '" + name + "'");
    }
    ctx.contentType(type);
    ctx.result(read(name));
  }

  static String read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
