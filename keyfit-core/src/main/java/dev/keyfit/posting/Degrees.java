package dev.keyfit.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds academic degrees in a line of text, in postings ("Bachelor's in Computer Science or related
 * field", "BS/MS") and in resumes ("B.S. Computer Engineering, 2014"). The degree names are data
 * ({@code degrees} in {@code posting-words.yaml}). Short acronyms ("BS", "MA") are read only as
 * written in capitals and only where a degree is meant: followed by a field, "degree", "in", a
 * slash or another degree, never "MS Word". Stateless.
 */
public final class Degrees {

  /** A degree level, lowest first. */
  public enum Level {
    ASSOCIATE("an associate degree"),
    BACHELOR("a bachelor's degree"),
    MASTER("a master's degree"),
    DOCTORATE("a doctorate");

    private final String phrase;

    Level(String phrase) {
      this.phrase = phrase;
    }

    /** "a bachelor's degree", for messages. */
    public String phrase() {
      return phrase;
    }
  }

  /**
   * One degree named in a line.
   *
   * @param level its level
   * @param fields the fields of study written after it ("Computer Science", "Engineering"), maybe
   *     none
   * @param relatedAllowed true when the text allows a related field or equivalent experience
   */
  public record Mention(Level level, List<String> fields, boolean relatedAllowed) {
    public Mention {
      fields = List.copyOf(fields);
    }
  }

  private static final Pattern FIELD_STOP =
      Pattern.compile(
          "(?i)\\s*(?:\\bwith\\b|\\bplus\\b|\\bpreferred\\b|\\brequired\\b|\\bor equivalent\\b|\\bor (?:a |another )?related\\b"
              + "|\\band \\d|\\bfrom\\b|\\band/or\\b|[;.(:]|\\b(?:19|20)\\d\\d\\b|,\\s*(?:19|20)\\d\\d).*$");
  private static final Pattern RELATED = Pattern.compile("(?i)\\b(related|equivalent|similar)\\b");

  /** Before the fields: "degree in", "'s degree or foreign equivalent in", "of Science in". */
  private static final Pattern FIELD_LEAD =
      Pattern.compile(
          "(?i)^\\s*(?:'s|s)?\\s*(?:degree|diploma)?\\s*(?:or (?:a |its )?(?:foreign )?equivalent\\s*)?"
              + "(?:of science|of arts)?\\s*(?:in|of|,|:|-|–)?\\s*");

  /** Words after a bare acronym that show it is not a degree: "MS Word", "BA team". */
  private static final Pattern NOT_A_DEGREE =
      Pattern.compile(
          "(?i)^\\s+(word|excel|office|project|teams|access|sql|visio|powerpoint|outlook|dynamics|exchange|windows|azure)\\b");

  /** After a degree acronym: "BS in", "MS degree", "MBA (", "BS or MS", "BA of". */
  private static final Pattern DEGREE_CONTEXT =
      Pattern.compile("^\\s*(?:in|degree|of|or|and)\\b|^\\s*\\(");

  /** After a degree acronym on an education line: a field, "BS Computer Science". */
  private static final Pattern FIELD_AFTER = Pattern.compile("^\\s*[,:–-]?\\s+\\p{Lu}\\p{Ll}");

  /** A school's name is not a field of study. */
  private static final Pattern INSTITUTION =
      Pattern.compile("(?i)\\b(university|college|institute|school|academy|polytechnic)\\b");

  private final Pattern pattern;
  private final Map<String, Level> forms;
  private final List<List<String>> related;

  /** Each related field as a whole-word pattern, compiled once. */
  private final Map<String, Pattern> fieldWords = new java.util.HashMap<>();

  private Degrees(Map<String, Level> data, List<List<String>> related) {
    this.related = List.copyOf(related);
    related.forEach(
        group ->
            group.forEach(
                f ->
                    fieldWords.put(
                        f, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])"))));
    Map<String, Level> forms = new java.util.TreeMap<>(data);
    data.forEach(
        (form, level) -> {
          if (form.endsWith(".") && form.indexOf('.') < form.length() - 1) {
            forms.putIfAbsent(
                form.substring(0, form.length() - 1), level); // "B.A :" as well as "B.A."
          }
        });
    this.forms = forms;
    List<String> sorted = new ArrayList<>(forms.keySet());
    sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    StringBuilder alternatives = new StringBuilder();
    for (String form : sorted) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(form));
    }
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}.])(" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }

  /** The degree names, lower case, as written in the data (and without a final dot). */
  public java.util.Set<String> names() {
    return forms.keySet();
  }

  /**
   * The field of study, of those a text names, that is related to one a posting asks for: in one of
   * the groups of {@code relatedFields} in {@code posting-words.yaml} with it ("Management" for
   * "Business Administration"), or empty.
   *
   * @param asked the posting's fields
   * @param text the resume's education lines
   */
  public java.util.Optional<String> relatedField(List<String> asked, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String field : asked) {
      String f = field.toLowerCase(Locale.ROOT);
      for (List<String> group : related) {
        if (group.stream().noneMatch(member -> containsWord(f, member))) {
          continue;
        }
        for (String member : group) {
          if (containsWord(lower, member)) {
            return java.util.Optional.of(member);
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  private boolean containsWord(String text, String field) {
    return fieldWords.get(field).matcher(text).find();
  }

  /** The degrees of {@code posting-words.yaml}. */
  public static Degrees standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Degrees INSTANCE =
        new Degrees(PostingWords.standard().degrees(), PostingWords.standard().relatedFields());
  }

  /**
   * The degrees a line names, in order.
   *
   * @param lenient accept bare acronyms without a degree context (an education section line)
   */
  public List<Mention> find(String line, boolean lenient) {
    List<Mention> out = new ArrayList<>();
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      String written = m.group(1);
      Level level = forms.get(written.toLowerCase(Locale.ROOT));
      if (level == null || !plausible(line, m, written, lenient)) {
        continue;
      }
      String rest = line.substring(m.end());
      out.add(new Mention(level, fields(rest), RELATED.matcher(rest).find()));
    }
    return out;
  }

  private static boolean plausible(String line, Matcher m, String written, boolean lenient) {
    boolean acronym = written.length() <= 4 && written.chars().allMatch(Character::isLetter);
    if (!acronym) {
      return true;
    }
    if (!written.equals(written.toUpperCase(Locale.ROOT))
        && !written.matches("[BM]Sc|[BM]Eng|[BM]Tech")) {
      return false; // "ms", "Ba": not the acronym
    }
    String rest = line.substring(m.end());
    if (NOT_A_DEGREE.matcher(rest).find()) {
      return false;
    }
    boolean slash = rest.startsWith("/") || m.start() > 0 && line.charAt(m.start() - 1) == '/';
    boolean degreeContext = DEGREE_CONTEXT.matcher(rest).find();
    return slash || degreeContext || lenient && FIELD_AFTER.matcher(rest).find();
  }

  /**
   * The fields of study at the start of the text after a degree: "in Computer Science, Engineering,
   * or ...".
   */
  private static List<String> fields(String rest) {
    String lead = FIELD_LEAD.matcher(rest).replaceFirst("");
    if (lead.startsWith("/")) {
      return List.of(); // "BS/MS in ...": the next degree carries the fields
    }
    String cut = FIELD_STOP.matcher(lead).replaceFirst("");
    List<String> fields = new ArrayList<>();
    for (String part : cut.split("\\s*(?:,|/|\\bor\\b|\\band\\b|&|\\s[-–—|]\\s|\\|)\\s*")) {
      String field = part.strip().replaceAll("^(?i)(a|an|the)\\s+", "");
      if (INSTITUTION.matcher(field).find()) {
        break; // the school, then its town: no more fields
      }
      int words = field.isEmpty() ? 0 : field.split("\\s+").length;
      if (words >= 1
          && words <= 4
          && Character.isLetter(field.charAt(0))
          && !field.matches(
              "(?i)(degree|field|discipline|area|experience|years?|equivalent|related.*|similar.*|technical|a)")) {
        fields.add(field);
      }
    }
    return fields;
  }
}
