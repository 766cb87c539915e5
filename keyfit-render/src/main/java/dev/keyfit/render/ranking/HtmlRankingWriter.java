package dev.keyfit.render.ranking;

import dev.keyfit.batch.Ranking;
import dev.keyfit.keywords.Role;
import dev.keyfit.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranking as one self-contained HTML page, from {@code ranking.peb} through keyfit's one Pebble
 * engine ({@link Templates}: HTML autoescaping by {@code Safe.html}), styled by the gap report's
 * CSS. The one script, {@code ranking.js}, sorts the table by a clicked column; the
 * Content-Security-Policy allows exactly that script (by its SHA-256) and no remote resource, so a
 * missed escape still cannot run anything. Report links are built by the batch from safe report
 * names, never from the resumes' file names.
 */
final class HtmlRankingWriter implements RankingWriter {

  /** The sorting script, exactly as the page holds it. */
  static final String SCRIPT = resource("dev/keyfit/render/ranking/ranking.js");

  /** The script's CSP source expression, {@code 'sha256-…'} without the quotes. */
  static final String SCRIPT_HASH = "sha256-" + sha256Base64(SCRIPT);

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    write(ranking, Context.NONE, out);
  }

  @Override
  public void write(Ranking ranking, Context context, OutputStream out) throws IOException {
    Map<String, Object> c = new LinkedHashMap<>();
    boolean byPosting = ranking.byPosting();
    String posting = clean(context.posting());
    c.put("title", posting.isEmpty() ? "Resume ranking" : "Resume ranking — " + posting);
    c.put("heading", posting.isEmpty() ? "Resume ranking" : "Resume ranking for " + posting);
    c.put("posting", posting);
    c.put("byPosting", byPosting);
    c.put("target", RankingWriter.target(byPosting));
    c.put("roleLine", "each resume's best-fitting role, or the one chosen with --role");
    c.put("scoreTitle", byPosting ? "Match %" : "Score");
    c.put("roles", Arrays.stream(Role.values()).map(r -> r.id().toUpperCase(Locale.ROOT)).toList());
    List<Map<String, Object>> rows =
        ranking.rows().stream().map(r -> row(r, byPosting, context)).toList();
    c.put("rows", rows);
    c.put("linked", rows.stream().anyMatch(r -> !((List<?>) r.get("links")).isEmpty()));
    c.put("analyzed", ranking.analyzed().size());
    c.put("failed", ranking.failed().size());
    c.put("duplicates", ranking.rows().stream().filter(Ranking.Row::duplicate).count());
    c.put("scriptHash", SCRIPT_HASH);
    c.put("script", SCRIPT);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Templates.render("ranking/ranking.peb", c, w);
    w.flush();
  }

  private static Map<String, Object> row(Ranking.Row r, boolean byPosting, Context context) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", r.ok());
    m.put("rank", r.ok() ? Integer.toString(r.rank()) : "");
    m.put("file", clean(r.source()));
    m.put("status", clean(r.status()));
    m.put("reason", clean(r.reason()));
    m.put("score", r.ok() ? Integer.toString(r.score()) : "");
    m.put("scoreShown", r.ok() ? r.score() + (byPosting ? "%" : "") : "–");
    m.put("band", r.ok() ? RankingWriter.band(r.score(), byPosting) : "");
    m.put(
        "fit",
        !r.ok()
            ? ""
            : "none".equals(r.bestFit()) ? "none" : clean(r.bestFit()).toUpperCase(Locale.ROOT));
    m.put(
        "roleScores",
        Arrays.stream(Role.values())
            .map(
                role ->
                    r.roleScores().stream()
                        .filter(s -> s.role() == role)
                        .findFirst()
                        .map(s -> Integer.toString(s.score()))
                        .orElse(""))
            .toList());
    m.put("matched", r.ok() ? Integer.toString(r.matched()) : "");
    m.put("missing", clean(String.join(", ", r.missing())));
    m.put("duplicate", r.duplicate());
    m.put("sameContent", clean(String.join(", ", r.sameContent())));
    m.put(
        "links",
        context.links(r.source()).stream()
            .map(l -> Map.of("href", l.href(), "label", l.format().toUpperCase(Locale.ROOT)))
            .toList());
    return m;
  }

  /** Strips C0 controls (but tab) and lone surrogates, which no escaper makes valid HTML. */
  static String clean(String c) {
    StringBuilder b = new StringBuilder(c.length());
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isHighSurrogate(ch)
          && i + 1 < c.length()
          && Character.isLowSurrogate(c.charAt(i + 1))) {
        b.append(ch).append(c.charAt(++i));
      } else if (Character.isSurrogate(ch)) {
        b.append('\uFFFD');
      } else if (ch >= 0x20 || ch == '\t') {
        b.append(ch == 0x7f ? ' ' : ch);
      } else {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRankingWriter.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256Base64(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
