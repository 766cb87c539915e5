package dev.keyfit.posting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a browser adds when a posting page is printed to PDF: a header with the date, time and
 * page title ("12/1/24, 3:45 PM Senior TPM - Careers at Acme"), a footer with the address and page
 * number ("https://careers.acme.com/jobs/123 1/3"), and bare page numbers ("Page 2 of 3"). They are
 * not the job, though the header's page title usually names it. Stateless.
 */
final class PrintedPage {

  private static final Pattern HEADER =
      Pattern.compile(
          "^\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(.*)$");
  private static final Pattern URL_LINE =
      Pattern.compile("^\\s*(?:https?://|www\\.)\\S+\\s*(?:\\d{1,3}\\s*/\\s*\\d{1,3})?\\s*$");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^\\s*(?:page\\s+)?\\d{1,3}\\s*(?:/|of)\\s*\\d{1,3}\\s*$|^\\s*-\\s*\\d{1,3}\\s*-\\s*$");

  private PrintedPage() {}

  /** True for a browser's print header or footer line, or a bare page number. */
  static boolean isChrome(String line) {
    return HEADER.matcher(line).matches()
        || URL_LINE.matcher(line).matches()
        || PAGE_NUMBER.matcher(line).matches();
  }

  /** The page title of a print header line ("Senior TPM - Careers at Acme"), or empty. */
  static String pageTitle(String line) {
    Matcher m = HEADER.matcher(line);
    return m.matches() ? m.group(1).strip() : "";
  }
}
