package dev.keyfit.keywords;

import dev.keyfit.nlp.Section;
import java.util.Set;

/**
 * Context rules for an ambiguous term ("Jenkins" the CI server, not Dr. Jenkins). A guarded match
 * counts when nothing vetoes it and, if confirmations are given, one of them holds.
 *
 * @param aliases the names/aliases (lower case) the guard applies to; empty means all of them
 * @param context words (lower case) of which one within a few words on the same line confirms
 * @param sections sections in which a match is confirmed
 * @param notAfter words (lower case) that veto the match when they come just before it
 * @param notBefore words (lower case) that veto the match when they come just after it
 * @param notPos parts of speech ({@code verb}, {@code noun}, {@code adjective}) that veto it
 * @param notNear words (lower case, or two-word phrases) that veto the match when they come within
 *     {@value #NEAR} words of it in the same sentence ("PMP exam prep", "hours toward the PMP");
 *     unlike the other fields they apply to every form of the term, whatever {@code aliases} says
 * @param notWritten words (lower case) that veto a match when the resume writes one of the matched
 *     words as one of them: English words that an exact form would read as its inflection ("lanes"
 *     is not the plural of LAN, "canvas" not of Canva); like {@code notNear} for every form
 */
public record Guard(
    Set<String> aliases,
    Set<String> context,
    Set<Section> sections,
    Set<String> notAfter,
    Set<String> notBefore,
    Set<String> notPos,
    Set<String> notNear,
    Set<String> notWritten) {

  /** How many words either side of a match a {@link #notNear} word vetoes it from. */
  public static final int NEAR = 4;

  public Guard {
    aliases = Set.copyOf(aliases);
    context = Set.copyOf(context);
    sections = Set.copyOf(sections);
    notAfter = Set.copyOf(notAfter);
    notBefore = Set.copyOf(notBefore);
    notPos = Set.copyOf(notPos);
    notNear = notNear == null ? Set.of() : Set.copyOf(notNear);
    notWritten = notWritten == null ? Set.of() : Set.copyOf(notWritten);
  }

  /** A guard without {@link #notNear} or {@link #notWritten} words. */
  public Guard(
      Set<String> aliases,
      Set<String> context,
      Set<Section> sections,
      Set<String> notAfter,
      Set<String> notBefore,
      Set<String> notPos) {
    this(aliases, context, sections, notAfter, notBefore, notPos, Set.of(), Set.of());
  }

  /** True when a match needs a confirmation (context word or section), not only no veto. */
  public boolean needsConfirmation() {
    return !context.isEmpty() || !sections.isEmpty();
  }

  /** True when the guard applies to this name or alias. */
  public boolean appliesTo(String alias) {
    return aliases.isEmpty() || aliases.contains(alias.toLowerCase(java.util.Locale.ROOT));
  }
}
