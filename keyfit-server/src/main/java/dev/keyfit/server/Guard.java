package dev.keyfit.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The security of a local server, checked before every request is served.
 *
 * <ul>
 *   <li>A random per-run token (256 bits from {@link SecureRandom}) is required on every request:
 *       in the URL the command prints and opens ({@code ?token=}), which sets an HttpOnly,
 *       SameSite=Strict cookie named after the port and redirects to the same page without the
 *       token; then through that cookie.
 *   <li>The {@code Host} header must be {@code 127.0.0.1:PORT} or {@code localhost:PORT}, so a page
 *       elsewhere that rebinds its DNS name to 127.0.0.1 is refused.
 *   <li>Every POST must carry the page's CSRF token in the {@value #CSRF_HEADER} header (a
 *       cross-site form cannot set a header, and a cross-site script cannot send one without a CORS
 *       preflight that is never answered), and is refused when its {@code Origin} is another origin
 *       or {@code Sec-Fetch-Site} says cross-site.
 *   <li>Every response carries a strict Content-Security-Policy (only this origin's own scripts,
 *       styles and images; no inline script; no framing by other sites), nosniff, no referrer, no
 *       caching; never a CORS header.
 * </ul>
 */
final class Guard {

  static final String CSRF_HEADER = "X-Keyfit-Csrf";

  /** The app's pages: nothing but this origin's own files. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
          + "frame-ancestors 'none'";

  /**
   * A rendered gap report shown in the app's frame: the report's own inline styles, no script, only
   * framed by the app itself.
   */
  static final String REPORT_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
          + "base-uri 'none'; form-action 'none'";

  private static final Set<String> SAFE_FETCH_SITES = Set.of("same-origin", "none");

  private final String token = random();
  private final String csrf = random();
  private final IntSupplier port;

  /**
   * @param port the port the server listens on, known once it has started
   */
  Guard(IntSupplier port) {
    this.port = port;
  }

  /** The per-run token that the printed URL carries. */
  String token() {
    return token;
  }

  /** The token every POST must carry in {@value #CSRF_HEADER}; written into the page. */
  String csrf() {
    return csrf;
  }

  /** The cookie's name: one per port, so two servers on one machine never share a cookie. */
  String cookieName() {
    return "keyfit-" + port.getAsInt();
  }

  /** Runs before every request: headers first (errors carry them too), then the checks. */
  void check(Context ctx) {
    headers(ctx, CSP);
    String host = ctx.header("Host");
    int p = port.getAsInt();
    if (host == null
        || !(host.equals("127.0.0.1:" + p)
            || host.toLowerCase(Locale.ROOT).equals("localhost:" + p))) {
      throw new Refusal(
          421,
          "this keyfit server answers only at http://127.0.0.1:"
              + p
              + "/ (the Host header was "
              + (host == null ? "missing" : "'" + host + "'")
              + "); open the link keyfit serve printed");
    }
    String fromUrl = ctx.queryParam("token");
    if (fromUrl != null && same(fromUrl, token) && ctx.method() == HandlerType.GET) {
      ctx.header("Set-Cookie", cookieName() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      ctx.redirect(ctx.path(), io.javalin.http.HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    String cookie = ctx.cookie(cookieName());
    if (cookie == null || !same(cookie, token)) {
      throw new Refusal(
          403,
          "this page needs the private link keyfit serve printed when it started (it carries a"
              + " one-time key); open that link, or restart keyfit serve");
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      checkPost(ctx, p);
    }
  }

  private void checkPost(Context ctx, int p) {
    String origin = ctx.header("Origin");
    if (origin != null
        && !origin.equals("http://127.0.0.1:" + p)
        && !origin.equalsIgnoreCase("http://localhost:" + p)) {
      throw new Refusal(403, "a request from another site (" + origin + ") was refused");
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !SAFE_FETCH_SITES.contains(site.toLowerCase(Locale.ROOT))) {
      throw new Refusal(403, "a " + site + " request was refused; use the keyfit page itself");
    }
    String header = ctx.header(CSRF_HEADER);
    if (header == null || !same(header, csrf)) {
      throw new Refusal(
          403, "the request lacks the page's form token; reload the keyfit page and try again");
    }
  }

  /** The headers of every response; {@code csp} is the page's policy. */
  static void headers(Context ctx, String csp) {
    ctx.header("Content-Security-Policy", csp);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  /** Constant-time comparison of two tokens. */
  static boolean same(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
