package dev.keyfit.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A document format keyfit reads: the one place a format is declared. Each constant carries its
 * names for people, its file extensions, how its content is recognised ({@link
 * FormatDetector.Rule}) and which {@link Extractor} reads it, so the detector, the standard
 * extractors, the batch walk's extensions, help text and messages are all derived from here. A new
 * format is its extractor class and one constant here (and the report schema's {@code format} list,
 * which a test keeps equal to {@link #id()}s).
 */
public enum DocumentFormat {
  PDF(
      "pdf",
      "PDF document",
      List.of("PDF"),
      List.of("pdf"),
      FormatDetector.Rule.content(FormatDetector.Probe::pdfHeader),
      PdfExtractor::new),
  DOCX(
      "docx",
      "Word document",
      List.of("DOCX"),
      List.of("docx"),
      FormatDetector.Rule.content(p -> p.officeOpenXml("word/")),
      DocxExtractor::new),
  DOC(
      "doc",
      "Word 97-2003 document",
      List.of("DOC"),
      List.of("doc"),
      FormatDetector.Rule.content(p -> p.ole2Entry("WordDocument")),
      DocExtractor::new),
  TEXT(
      "text",
      "plain text",
      List.of("TXT"),
      List.of("txt", "text"),
      FormatDetector.Rule.ANY_TEXT,
      PlainTextExtractor::new),
  MARKDOWN(
      "markdown",
      "Markdown document",
      List.of("Markdown"),
      List.of("md", "markdown"),
      FormatDetector.Rule.TEXT_BY_NAME,
      MarkdownExtractor::new),
  /** Anything else: images, archives, RTF, HTML, executables. */
  UNKNOWN("unknown", "unknown data", List.of(), List.of(), FormatDetector.Rule.NONE, null);

  private final String id;
  private final String description;
  private final List<String> names;
  private final List<String> extensions;
  private final FormatDetector.Rule rule;
  private final Supplier<Extractor> extractor;

  DocumentFormat(
      String id,
      String description,
      List<String> names,
      List<String> extensions,
      FormatDetector.Rule rule,
      Supplier<Extractor> extractor) {
    this.id = id;
    this.description = description;
    this.names = names;
    this.extensions = extensions;
    this.rule = rule;
    this.extractor = extractor;
  }

  /** The lower-case name used in reports, e.g. {@code "pdf"}. */
  public String id() {
    return id;
  }

  /** What a document of this format is called in messages, e.g. "Word document". */
  public String description() {
    return description;
  }

  /** How people name the format, e.g. {@code TXT} for text. */
  public List<String> names() {
    return names;
  }

  /** The lower-case file extensions of the format, without the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * Whether the content alone says this format (a PDF, a Word file), whatever the file's name; text
   * formats are told apart by name, since any file can be read as text.
   */
  public boolean recognisedByContent() {
    return rule.byContent();
  }

  /** The rule the detector tries for this format. */
  FormatDetector.Rule rule() {
    return rule;
  }

  /** A new extractor for this format; none for {@link #UNKNOWN}. */
  Optional<Extractor> newExtractor() {
    return Optional.ofNullable(extractor).map(Supplier::get);
  }

  /** The formats keyfit reads (every value but {@link #UNKNOWN}), in order. */
  public static List<DocumentFormat> readable() {
    return Arrays.stream(values()).filter(f -> f != UNKNOWN).toList();
  }

  /**
   * The readable formats in the order the detector tries them: formats the content names first,
   * then text formats named by their extension, then plain text; declaration order otherwise.
   */
  static List<DocumentFormat> byPrecedence() {
    return readable().stream().sorted(Comparator.comparingInt(f -> f.rule.precedence())).toList();
  }

  /** Every extension of a readable format: pdf, docx, doc, txt, text, md, markdown. */
  public static Set<String> allExtensions() {
    return readable().stream()
        .flatMap(f -> f.extensions.stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The format a file extension (any case, without the dot) names, if any. */
  public static Optional<DocumentFormat> fromExtension(String extension) {
    String ext = extension.toLowerCase(Locale.ROOT);
    return readable().stream().filter(f -> f.extensions.contains(ext)).findFirst();
  }

  /** The readable formats for people, as a list: {@code PDF, DOCX, DOC, TXT, Markdown}. */
  public static String namesList() {
    return String.join(", ", allNames());
  }

  /** The readable formats for people, as prose: {@code PDF, DOCX, DOC, TXT or Markdown}. */
  public static String namesProse() {
    List<String> names = allNames();
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  private static List<String> allNames() {
    return readable().stream().flatMap(f -> f.names.stream()).toList();
  }
}
