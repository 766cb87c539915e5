package dev.keyfit.advise;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Role;
import dev.keyfit.keywords.Term;
import dev.keyfit.score.CategoryScore;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import dev.keyfit.score.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the terms a resume lacks by the role-score points each would add if shown in an experience
 * bullet with a measurable result: the role score recomputed with the term (core factor, title
 * factor and career part included) minus the score without it. A weak resume's core terms come
 * first, because they also lift the core factor that scales every other point.
 */
final class MissingTerms {

  private MissingTerms() {}

  static List<MissingTerm> rank(
      Dictionary dictionary,
      RoleScore score,
      Set<String> matched,
      StatementFiller filler,
      int limit) {
    Role role = score.role();
    Map<Category, CategoryScore> byCategory = new EnumMap<>(Category.class);
    score.categories().forEach(c -> byCategory.put(c.category(), c));
    double now = Scorer.scoreWith(score, null, 0);
    List<MissingTerm> missing = new ArrayList<>();
    for (Term term : dictionary.terms()) {
      int weight = term.weight(role);
      CategoryScore cat = byCategory.get(term.category());
      if (weight == 0 || matched.contains(term.id()) || cat == null) {
        continue;
      }
      double gain = Scorer.scoreWith(score, term.category(), weight) - now;
      if (gain > 0.05) {
        // statements are filled below, for the few terms kept, not for every term the resume lacks
        missing.add(new MissingTerm(term, weight, Math.round(gain * 10) / 10.0, List.of()));
      }
    }
    missing.sort(
        Comparator.comparingDouble(MissingTerm::gain)
            .reversed()
            .thenComparing(m -> -m.weight())
            .thenComparing(m -> m.term().id()));
    return diverse(missing, limit).stream()
        .map(
            m ->
                new MissingTerm(
                    m.term(),
                    m.weight(),
                    m.gain(),
                    filler.statements(m.term().name(), m.term().category(), m.term().statements())))
        .toList();
  }

  /**
   * The posting's terms the resume lacks, ranked by the match-rate points each would add if shown
   * in an experience bullet: its stress ÷ the posting's total stress × 100. Terms outside the
   * dictionary come as synthetic terms with the id {@code posting:<words>}, the category tools when
   * they read as a product the posting requires (one capitalised word such as Kafka), else
   * responsibilities; a statement only when one reads naturally ({@link GenericStatement}), else
   * the phrase alone.
   */
  static List<MissingTerm> rankForPosting(JobMatch job, StatementFiller filler, int limit) {
    double total = job.totalWeight();
    List<MissingTerm> missing = new ArrayList<>();
    if (total == 0) {
      return missing;
    }
    for (JobMatch.PostingTerm p : job.terms()) {
      if (p.resumeCount() == 0 && p.alternativeTo() == null) { // "PMP or CAPM": PMP answers it
        missing.add(
            new MissingTerm(
                p.term(),
                p.weight(),
                round1(p.weight() / total * 100),
                filler.statements(p.term().name(), p.term().category(), p.term().statements())));
      }
    }
    for (JobMatch.UnknownTerm u : job.unknownTerms()) {
      if (u.resumeCount() == 0) {
        missing.add(
            new MissingTerm(
                synthetic(u.term(), u.required()),
                u.weight(),
                round1(u.weight() / total * 100),
                filler.statementsForPosting(u.term())));
      }
    }
    missing.sort(
        Comparator.comparingDouble(MissingTerm::gain).reversed().thenComparing(m -> m.term().id()));
    return List.copyOf(missing.subList(0, Math.min(limit, missing.size())));
  }

  private static Term synthetic(String phrase, boolean required) {
    String slug =
        phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    Category category =
        required && GenericStatement.isProductName(phrase)
            ? Category.TOOLS
            : Category.RESPONSIBILITIES;
    return new Term("posting:" + slug, phrase, category, List.of(), false, 0, 0, null, List.of());
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** The top terms, at most a third of them from any one category, so advice is not all tools. */
  private static List<MissingTerm> diverse(List<MissingTerm> ranked, int limit) {
    int perCategory = Math.max(2, (limit + 2) / 3);
    Map<Category, Integer> taken = new EnumMap<>(Category.class);
    List<MissingTerm> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (MissingTerm m : ranked) {
      int n = taken.getOrDefault(m.term().category(), 0);
      if (out.size() < limit && n < perCategory) {
        out.add(m);
        ids.add(m.term().id());
        taken.put(m.term().category(), n + 1);
      }
    }
    return out;
  }
}
