package dev.keyfit.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The posting's terms with its alternatives applied: a group the posting offers as alternatives
 * ("PMP or CAPM", "Azure, AWS or GCP") counts once toward the match rate, with the weight of its
 * most stressed term and the best the resume earns of it; an absent term of a group the resume
 * answers is marked {@link JobMatch.PostingTerm#alternativeTo}.
 *
 * @param terms the posting terms, in their order
 * @param total Σ weight, a group once
 * @param earned Σ weight × credit, a group once
 */
record AlternativeCredit(List<JobMatch.PostingTerm> terms, double total, double earned) {

  static AlternativeCredit of(List<List<String>> groups, List<JobMatch.PostingTerm> scored) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < scored.size(); i++) {
      at.put(scored.get(i).term().id(), i);
    }
    List<JobMatch.PostingTerm> terms = new ArrayList<>(scored);
    Set<Integer> inGroup = new HashSet<>();
    double total = 0;
    double earned = 0;
    for (List<String> group : groups) {
      List<Integer> members =
          group.stream().filter(at::containsKey).map(at::get).filter(inGroup::add).toList();
      if (members.isEmpty()) {
        continue;
      }
      JobMatch.PostingTerm best = null;
      double weight = 0;
      for (int i : members) {
        JobMatch.PostingTerm t = scored.get(i);
        weight = Math.max(weight, t.weight());
        if (best == null || t.weight() * t.credit() > best.weight() * best.credit()) {
          best = t;
        }
      }
      total += weight;
      earned += best.weight() * best.credit();
      if (best.credit() > 0) {
        for (int i : members) {
          if (scored.get(i).resumeCount() == 0) {
            terms.set(i, scored.get(i).answeredBy(best.term()));
          }
        }
      }
    }
    for (int i = 0; i < scored.size(); i++) {
      if (!inGroup.contains(i)) {
        total += scored.get(i).weight();
        earned += scored.get(i).weight() * scored.get(i).credit();
      }
    }
    return new AlternativeCredit(terms, total, earned);
  }
}
