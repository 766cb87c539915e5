package dev.keyfit.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code keyfit serve}'s HTTP server: Javalin on Jetty 12, bound to 127.0.0.1 only, every request
 * through the {@link Guard}, the scan and batch endpoints over the core, the page from the jar.
 * Uploads the multipart parser spills to disk and batch folders live in one private temporary
 * folder, deleted on {@link #close}.
 */
public final class KeyfitServer implements AutoCloseable {

  /** The only address the server listens on. */
  public static final String HOST = "127.0.0.1";

  private final Javalin app;
  private final Guard guard;
  private final Path privateRoot;
  private final Batches batches;
  private final int requestedPort;
  private volatile int port;

  private KeyfitServer(ServerSettings settings) throws IOException {
    this.requestedPort = settings.port();
    this.privateRoot = PrivateFiles.folder(null, "keyfit-serve-");
    this.guard = new Guard(() -> port);
    Postings postings = new Postings();
    Renders renders = new Renders();
    Scans scans = new Scans(settings, postings);
    this.batches = new Batches(settings, privateRoot, postings);
    Assets assets = new Assets(guard);
    ScanRoutes scanRoutes = new ScanRoutes(settings, scans, renders);
    BatchRoutes batchRoutes = new BatchRoutes(settings, batches, renders);
    Path uploads = PrivateFiles.folder(privateRoot, "uploads-");
    this.app =
        Javalin.create(
            config -> {
              configure(config, settings, uploads);
              config.routes.before(guard::check);
              assets.register(config.routes);
              scanRoutes.register(config.routes);
              batchRoutes.register(config.routes);
              config.routes.exception(
                  Refusal.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) ->
                      refuse(
                          ctx,
                          500,
                          "keyfit could not finish this request ("
                              + e.getClass().getSimpleName()
                              + "); try again, or restart keyfit serve"));
              for (int status : new int[] {400, 404, 405, 413, 500}) {
                config.routes.error(status, ctx -> generic(ctx, status));
              }
            });
  }

  private static void configure(JavalinConfig config, ServerSettings settings, Path uploads) {
    config.jetty.host = HOST;
    config.jetty.port = settings.port();
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.limits().maxFileBytes();
    config.jetty.multipartConfig.cacheDirectory(uploads.toString());
    // a file over the per-file cap is the file's TOO_LARGE (a batch row), not the whole upload's
    config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setSendServerVersion(false);
          http.setSendXPoweredBy(false);
        });
  }

  /** Starts a server; it is listening when this returns. */
  public static KeyfitServer start(ServerSettings settings) throws IOException {
    return create(settings).listen();
  }

  /**
   * A server not yet listening (its private folder exists already), so that a caller can arrange
   * its {@link #close} before {@link #listen}.
   */
  public static KeyfitServer create(ServerSettings settings) throws IOException {
    return new KeyfitServer(Objects.requireNonNull(settings, "settings"));
  }

  /** Starts listening on 127.0.0.1; closes the server when that fails. */
  public KeyfitServer listen() throws IOException {
    try {
      app.start();
    } catch (RuntimeException e) {
      close();
      throw new IOException(
          "cannot listen on "
              + HOST
              + ":"
              + requestedPort
              + " ("
              + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
              + "); choose another --port, or leave it out for a free one",
          e);
    }
    port = app.port();
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** The private link to open: the page, with this run's token. */
  public String url() {
    return "http://" + HOST + ":" + port + "/?token=" + guard.token();
  }

  /** Stops the server and deletes every upload and batch folder; idempotent. */
  @Override
  public void close() {
    try {
      app.stop();
    } catch (RuntimeException e) {
      // stopping a server that never started, or twice: nothing to stop
    } finally {
      batches.close();
      PrivateFiles.delete(privateRoot);
    }
  }

  /** The private folder uploads and batches are kept in while they run (for tests). */
  Path privateRoot() {
    return privateRoot;
  }

  Guard guard() {
    return guard;
  }

  private static final String REFUSED = "keyfit.refused";

  /** One line, as JSON for the page's scripts ({@code /api/}) and as text elsewhere. */
  static void refuse(Context ctx, int status, String message) {
    ctx.attribute(REFUSED, true);
    ctx.status(status);
    ctx.header("Content-Disposition", "inline");
    if (ctx.path().startsWith("/api/")) {
      Json.send(ctx, Json.object("error", message));
    } else {
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result("keyfit: " + message + "\n");
    }
  }

  private static void generic(Context ctx, int status) {
    if (ctx.attribute(REFUSED) != null) {
      return;
    }
    String message =
        switch (status) {
          case 404 -> "there is no page at " + ctx.path() + "; open the link keyfit serve printed";
          case 405 -> ctx.method().name().toUpperCase(Locale.ROOT) + " is not allowed here";
          case 413 -> "the upload is over the size limit; send smaller or fewer files";
          case 400 -> "the request could not be read; reload the page and try again";
          default -> "keyfit could not finish this request; try again, or restart keyfit serve";
        };
    refuse(ctx, status, message);
  }
}
