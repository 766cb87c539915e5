package dev.keyfit.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble templates under {@code dev/keyfit/render/}. Autoescaping is on for every template;
 * HTML output uses {@link Safe#html}, Markdown templates switch to {@link Safe#markdown} with
 * {@code {% autoescape "markdown" %}}. Strict variables make a typo in a template fail loudly
 * instead of printing nothing. Thread-safe.
 */
public final class Templates {

  static final String HTML = "html";
  static final String MARKDOWN = "markdown";

  private static final PebbleEngine ENGINE = engine();

  private Templates() {}

  private static PebbleEngine engine() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("dev/keyfit/render");
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .addEscapingStrategy(HTML, Safe::html)
        .addEscapingStrategy(MARKDOWN, Safe::markdown)
        .defaultEscapingStrategy(HTML)
        .strictVariables(true)
        .newLineTrimming(false)
        .defaultLocale(Locale.ROOT)
        .build();
  }

  /**
   * Renders a template (a path under {@code dev/keyfit/render/}) with the given variables, through
   * keyfit's one Pebble engine; for the renderers and the ranking writers only.
   */
  public static String render(String name, Map<String, Object> context) {
    StringWriter out = new StringWriter();
    try {
      render(name, context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Renders a template as {@link #render(String, Map)} does, straight into a writer. */
  public static void render(String name, Map<String, Object> context, Writer out)
      throws IOException {
    PebbleTemplate template = ENGINE.getTemplate(name);
    template.evaluate(out, context, Locale.ROOT);
  }
}
