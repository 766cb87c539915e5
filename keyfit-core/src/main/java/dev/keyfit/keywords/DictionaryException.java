package dev.keyfit.keywords;

import java.util.List;

/** The dictionary files could not be loaded or are invalid; {@link #problems()} lists why. */
public final class DictionaryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public DictionaryException(List<String> problems) {
    super(
        problems.size() == 1
            ? problems.get(0)
            : problems.size() + " problems in the dictionary: " + problems.get(0) + " …");
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each naming the file and what to fix. */
  public List<String> problems() {
    return problems;
  }
}
