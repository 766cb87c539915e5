package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal of the local server, over real HTTP. */
class ServerSecurityTest {

  static TestServer s;

  @BeforeAll
  static void start() throws Exception {
    s = new TestServer();
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void requestWithoutTheTokenIsRefused() throws Exception {
    for (String path : List.of("/", "/assets/app.js", "/api/scans/1/report", "/api/batches/1")) {
      HttpResponse<String> r = s.get(path);
      assertEquals(403, r.statusCode(), path);
      assertTrue(r.body().contains("private link keyfit serve printed"), r.body());
    }
    assertEquals(403, s.get("/", "Cookie", s.server.guard().cookieName() + "=wrong").statusCode());
    assertEquals(403, s.get("/?token=wrong").statusCode());
  }

  @Test
  void theTokenSetsAStrictHttpOnlyCookieAndIsDroppedFromTheAddress() throws Exception {
    HttpResponse<String> r = s.get("/?token=" + s.server.guard().token());
    assertEquals(303, r.statusCode());
    assertEquals("/", r.headers().firstValue("Location").orElseThrow());
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith(s.cookie + ";"), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    HttpResponse<String> page = s.authed("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("name=\"keyfit-csrf\" content=\"" + s.csrf() + "\""));
  }

  @Test
  void foreignHostHeaderIsRefused() throws Exception {
    // DNS rebinding: a page at evil.example whose name now points at 127.0.0.1
    String answer =
        raw(
            "GET / HTTP/1.1\r\nHost: evil.example:"
                + s.server.port()
                + "\r\nCookie: "
                + s.cookie
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
    assertFalse(answer.contains("keyfit-csrf"), "no page for a foreign host");
    String localhost =
        raw(
            "GET / HTTP/1.1\r\nHost: localhost:"
                + s.server.port()
                + "\r\nCookie: "
                + s.cookie
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(localhost.startsWith("HTTP/1.1 200"), localhost.lines().findFirst().orElse(""));
  }

  @Test
  void crossSitePostIsRefused() throws Exception {
    TestServer.Multipart form =
        new TestServer.Multipart()
            .file("resume", "cv.txt", HostileFiles.RESUME.getBytes(StandardCharsets.UTF_8));
    // a form on another site: the cookie (were it sent), no CSRF header
    HttpResponse<String> noHeader =
        s.post("/api/scans", form, "Cookie", s.cookie, "Origin", s.base);
    assertEquals(403, noHeader.statusCode());
    assertTrue(noHeader.body().contains("form token"), noHeader.body());
    HttpResponse<String> otherOrigin =
        s.post(
            "/api/scans",
            form,
            "Cookie",
            s.cookie,
            Guard.CSRF_HEADER,
            s.csrf(),
            "Origin",
            "http://evil.example");
    assertEquals(403, otherOrigin.statusCode());
    assertTrue(otherOrigin.body().contains("another site"), otherOrigin.body());
    HttpResponse<String> crossSite =
        s.post(
            "/api/scans",
            form,
            "Cookie",
            s.cookie,
            Guard.CSRF_HEADER,
            s.csrf(),
            "Sec-Fetch-Site",
            "cross-site");
    assertEquals(403, crossSite.statusCode());
    assertEquals(
        403, s.post("/api/scans", form, Guard.CSRF_HEADER, s.csrf()).statusCode(), "no cookie");
    assertEquals(200, s.postAsPage("/api/scans", form).statusCode(), "the page itself may");
  }

  @Test
  void noCorsHeaderIsEverSent() throws Exception {
    HttpResponse<String> r =
        s.get("/api/batches/1", "Cookie", s.cookie, "Origin", "http://evil.example");
    assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    HttpResponse<String> preflight =
        s.http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/api/scans"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(preflight.statusCode() >= 400, "preflight " + preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
    for (HttpResponse<String> r : List.of(s.authed("/"), s.authed("/assets/app.js"), s.get("/"))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
      assertFalse(csp.contains("unsafe"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertTrue(r.headers().firstValue("Server").isEmpty(), "no server banner");
    }
    String page = s.authed("/").body();
    assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script");
    assertFalse(page.contains("http://") || page.contains("https://"), "no external resource");
  }

  @Test
  void pathTraversalUrlIsRefused() throws Exception {
    for (String path :
        List.of(
            "/assets/..%2f..%2fpom.xml",
            "/assets/%2e%2e/%2e%2e/pom.xml",
            "/assets/../../../../etc/passwd",
            "/assets/..%5c..%5cpom.xml",
            "/..%2f..%2f..%2fetc%2fpasswd",
            "/assets/index.html/../../pom.xml")) {
      String answer =
          raw(
              "GET "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + s.server.port()
                  + "\r\nCookie: "
                  + s.cookie
                  + "\r\nConnection: close\r\n\r\n");
      int status = Integer.parseInt(answer.substring(9, 12));
      assertTrue(status >= 400 && status < 500, path + " → " + status);
      assertFalse(answer.contains("<project") || answer.contains("root:"), path);
    }
  }

  @Test
  void oversizedUploadIsRefusedWithWhatToDo() throws Exception {
    ServerSettings defaults = ServerSettings.defaults(TestKeyfit::standard);
    ServerSettings small =
        new ServerSettings(
            0,
            defaults.keyfit(),
            new ExtractionLimits(1000, 30, 1_000_000),
            defaults.batch(),
            3,
            4096);
    try (TestServer t = new TestServer(small)) {
      HttpResponse<String> big =
          t.postAsPage(
              "/api/scans", new TestServer.Multipart().file("resume", "big.txt", new byte[2000]));
      assertEquals(413, big.statusCode(), big.body());
      assertTrue(
          big.body().contains("big.txt: TOO_LARGE") && big.body().contains("--max-file-size"),
          big.body());
      HttpResponse<String> huge =
          t.postAsPage(
              "/api/batches",
              new TestServer.Multipart()
                  .file("files", "a.txt", new byte[900])
                  .file("files", "b.txt", new byte[900])
                  .file("files", "c.txt", new byte[900])
                  .file("files", "d.txt", new byte[900])
                  .file("files", "e.txt", new byte[900]));
      assertEquals(413, huge.statusCode());
      assertTrue(huge.body().contains("over the limit"), huge.body());
      try (var files = Files.list(t.server.privateRoot())) {
        assertEquals(
            List.of("uploads"),
            files.map(p -> p.getFileName().toString().replaceAll("-\\d+$", "")).toList(),
            "no batch folder left behind");
      }
    }
  }

  @Test
  void hostileFileGetsItsOneLineErrorWithoutAStackTrace() throws Exception {
    HttpResponse<String> r =
        s.postAsPage(
            "/api/scans",
            new TestServer.Multipart()
                .file(
                    "resume",
                    "secret.pdf",
                    HostileFiles.pdf(HostileFiles.RESUME, "secret", "owner")));
    assertEquals(422, r.statusCode());
    assertTrue(
        r.body()
            .matches(
                "\\{\"error\":\"secret.pdf: ENCRYPTED: [^\\n]*; save an unprotected copy and scan that\"\\}"),
        r.body());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
  }

  @Test
  void serverListensOnLoopbackOnly() throws Exception {
    assertTrue(s.base.startsWith("http://127.0.0.1:"));
    List<String> listening = ProcNet.listening(s.server.port());
    if (!listening.isEmpty()) {
      assertEquals(
          List.of("127.0.0.1"), listening, "the listening socket's address in /proc/net/tcp");
    }
    for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(nif.getInetAddresses())) {
        if (!a.isLoopbackAddress()) {
          try (Socket socket = new Socket()) {
            assertThrows(
                java.io.IOException.class,
                () -> socket.connect(new InetSocketAddress(a, s.server.port()), 2000),
                "reachable on " + a);
          }
        }
      }
    }
  }

  static String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void zipEntriesCannotClimbOutOfTheBatchFolder() {
    assertNull(BatchFolder.relative("../evil.txt"));
    assertNull(BatchFolder.relative("a/../../evil.txt"));
    assertNull(BatchFolder.relative("/etc/passwd"));
    assertNull(BatchFolder.relative("C:\\Windows\\evil.txt"));
    assertNull(BatchFolder.relative("..\\evil.txt"));
    assertEquals(Path.of("folder", "cv.pdf"), BatchFolder.relative("folder/./cv.pdf"));
  }
}
