package dev.keyfit.advise;

import dev.keyfit.extract.ExtractedDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code contact-email}, {@code contact-phone} and {@code contact-linkedin}: each detail is
 * present, and the email and phone are not only in a page header or footer (DOCX), which many ATSs
 * drop, leaving the recruiter no way to reach the candidate.
 */
final class ContactChecks {

  /**
   * An email address. The local part is tried only where a run of its characters starts, or where
   * the last match ended, and is taken whole: the leftmost match starts at one of those anyway (a
   * match inside a run extends to its start), so this finds what a plain {@code [\\w.+-]+@…} finds,
   * without trying every suffix of every word.
   */
  private static final Pattern EMAIL =
      Pattern.compile("(?:(?<![\\w.+-])|\\G)[\\w.+-]++@[\\w-]+(\\.[\\w-]+)+");

  /** A phone number; the look-ahead rules out, at one character, every place one cannot start. */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?=[+(0-9])(\\+\\d{1,3}[\\s.-]?)?(\\(\\d{2,4}\\)|\\d{2,4})[\\s.-]?\\d{3,4}[\\s.-]?\\d{3,4}");

  private static final Pattern LINKEDIN = Pattern.compile("(?i)linkedin\\.com/in/|linkedin");

  private static final String ONLY_IN_MARGINS =
      " only in the page header or footer, which many ATSs drop.";
  private static final String MOVE =
      "Put your email and phone in the body's first lines too, not only in the header or footer.";

  private ContactChecks() {}

  static List<Check> run(ExtractedDocument document) {
    String text = document.text();
    String margins = document.headerFooterText();
    // Without header or footer text only "any at all" matters: the first match answers it.
    boolean noMargins = margins.isBlank();
    int emails = noMargins ? found(EMAIL, text) : count(EMAIL, text);
    int phones = noMargins ? found(PHONE, text) : count(PHONE, text);
    Check email;
    if (emails == 0) {
      email =
          Check.fail(
              "contact-email",
              "No email address found.",
              "Add a professional email address at the top.");
    } else if (emails <= count(EMAIL, margins)) {
      email = Check.warn("contact-email", "Your email address is" + ONLY_IN_MARGINS, MOVE);
    } else {
      email = Check.pass("contact-email", "An email address is present.");
    }
    Check phone;
    if (phones == 0) {
      phone =
          Check.warn(
              "contact-phone", "No phone number found.", "Add a phone number next to your email.");
    } else if (phones <= count(PHONE, margins)) {
      phone = Check.warn("contact-phone", "Your phone number is" + ONLY_IN_MARGINS, MOVE);
    } else {
      phone = Check.pass("contact-phone", "A phone number is present.");
    }
    Check linkedin =
        LINKEDIN.matcher(text).find()
            ? Check.pass("contact-linkedin", "A LinkedIn profile is linked.")
            : Check.warn(
                "contact-linkedin",
                "No LinkedIn profile found.",
                "Add your linkedin.com/in/ address.");
    return List.of(email, phone, linkedin);
  }

  private static int found(Pattern pattern, String text) {
    return pattern.matcher(text).find() ? 1 : 0;
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
