package dev.keyfit.match;

import dev.keyfit.Fixtures;
import dev.keyfit.Keyfit;
import dev.keyfit.testing.Stages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Matches text against the shipped dictionary, for tests of what the real data does. */
final class BuiltInMatches {

  private static Keyfit keyfit;

  private BuiltInMatches() {}

  static synchronized Map<String, Match> of(String... lines) {
    if (keyfit == null) {
      try {
        keyfit = Keyfit.create();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    List<Match> matches =
        Stages.of(keyfit).matcher().match(Stages.of(keyfit).annotate(Fixtures.text(lines)));
    return matches.stream().collect(Collectors.toMap(Match::id, Function.identity()));
  }
}
