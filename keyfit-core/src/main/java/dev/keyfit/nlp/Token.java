package dev.keyfit.nlp;

/**
 * One word of a resume as the matcher sees it.
 *
 * @param text the surface form, as written
 * @param lower the surface form in lower case
 * @param key the match key: the Snowball stem of {@link #lower}
 * @param lemmaKey the Snowball stem of the lemma (differs from {@link #key} for irregular forms
 *     such as "led" → "lead")
 * @param pos the part-of-speech tag (Universal Dependencies tag set, e.g. {@code VERB}, {@code
 *     PROPN})
 * @param line the 1-based line number
 * @param column the 0-based offset of the token in its line
 * @param sentence the 0-based index of the sentence in the document
 */
public record Token(
    String text,
    String lower,
    String key,
    String lemmaKey,
    String pos,
    int line,
    int column,
    int sentence) {

  /** True when the token is a verb (or auxiliary). */
  public boolean isVerb() {
    return pos.equals("VERB") || pos.equals("AUX") || pos.startsWith("VB");
  }

  /** True when the token has no letter or digit. */
  public boolean isPunctuation() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
