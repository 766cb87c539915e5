package dev.keyfit.server;

import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A server for a test, and an HTTP client that holds its cookie the way the browser does. */
final class TestServer implements AutoCloseable {

  final KeyfitServer server;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  final String base;
  final String cookie;

  TestServer(ServerSettings settings) throws IOException {
    this.server = KeyfitServer.start(settings);
    this.base = "http://127.0.0.1:" + server.port();
    this.cookie = server.guard().cookieName() + "=" + server.guard().token();
  }

  TestServer() throws IOException {
    this(ServerSettings.defaults(TestKeyfit::standard));
  }

  String csrf() {
    return server.guard().csrf();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> authed(String path) throws Exception {
    return get(path, "Cookie", cookie);
  }

  HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A multipart POST, as the page sends it: the cookie, the CSRF header, same origin. */
  HttpResponse<String> post(String path, Multipart form, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + form.boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postAsPage(String path, Multipart form) throws Exception {
    return post(path, form, "Cookie", cookie, Guard.CSRF_HEADER, csrf(), "Origin", base);
  }

  @Override
  public void close() {
    server.close();
  }

  /** A multipart/form-data body built by hand for the tests (the server parses it with Jetty). */
  static final class Multipart {
    final String boundary = "----keyfit" + UUID.randomUUID();
    private final List<byte[]> parts = new ArrayList<>();

    Multipart file(String field, String name, byte[] content) {
      parts.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      parts.add(content);
      parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Multipart file(String field, Path path) throws IOException {
      return file(field, path.getFileName().toString(), Files.readAllBytes(path));
    }

    Multipart field(String field, String value) {
      parts.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"\r\n\r\n"
                  + value
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
      return this;
    }

    byte[] bytes() {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }
}
