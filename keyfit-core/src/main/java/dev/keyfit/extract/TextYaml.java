package dev.keyfit.extract;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A SnakeYAML that reads every plain scalar as text, as Jackson does for a {@code String} field:
 * YAML 1.1 would otherwise turn {@code no}, {@code on}, {@code 401} or {@code 2024-03-10} into a
 * boolean, a number or a date. Only safe types are built. The one factory of the dictionary's small
 * YAML files and of Markdown front matter.
 */
public final class TextYaml {

  private TextYaml() {}

  /** A new loader (SnakeYAML's are not thread-safe) with the given limits. */
  public static Yaml create(LoaderOptions options) {
    DumperOptions dumper = new DumperOptions();
    Resolver textOnly =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {}
        };
    return new Yaml(
        new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
  }
}
