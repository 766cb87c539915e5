/**
 * {@code keyfit serve}: a private local web app over the library core and the renderers.
 *
 * <p>{@link dev.keyfit.server.KeyfitServer} binds 127.0.0.1 only; {@link dev.keyfit.server.Guard}
 * checks every request (per-run token, then a same-site cookie; Host header; CSRF header and Origin
 * on every POST) and sets the security headers; {@link dev.keyfit.server.Scans} and {@link
 * dev.keyfit.server.Batches} are the only classes that call the core ({@code Keyfit}, {@code
 * BatchRunner}, {@code Ranking}); the routes classes turn HTTP into their calls and their results
 * into JSON or the existing renderers' bytes. The pages are plain HTML, CSS and JavaScript served
 * from the jar.
 */
package dev.keyfit.server;
