package dev.keyfit.render.ranking;

import dev.keyfit.batch.Ranking;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking as one self-contained HTML page, from {@code ranking.peb} with Pebble's HTML
 * autoescaping on; a Content-Security-Policy forbids scripts and remote resources, so a missed
 * escape still cannot run anything. No links are built from file names.
 */
final class HtmlRankingWriter implements RankingWriter {

  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .loader(new ClasspathLoader(HtmlRankingWriter.class.getClassLoader()))
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .strictVariables(true)
          .cacheActive(true)
          .build();

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    PebbleTemplate template = ENGINE.getTemplate("dev/keyfit/render/ranking/ranking.peb");
    Map<String, Object> context = new LinkedHashMap<>();
    context.put(
        "header", RankingWriter.header(ranking).stream().map(RankingWriter::title).toList());
    context.put(
        "rows",
        ranking.rows().stream()
            .map(r -> Map.of("ok", r.ok(), "cells", clean(RankingWriter.cells(r))))
            .toList());
    context.put("analyzed", ranking.analyzed().size());
    context.put("failed", ranking.failed().size());
    context.put("byPosting", ranking.byPosting());
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    template.evaluate(w, context);
    w.flush();
  }

  /** Strips C0 controls (but tab) and lone surrogates, which no escaper makes valid HTML. */
  static List<String> clean(List<String> cells) {
    return cells.stream()
        .map(
            c -> {
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
            })
        .toList();
  }
}
