package dev.keyfit.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document format keyfit can tell apart by content: the one list of formats, their file
 * extensions and their names for people, from which every other list (help text, messages, the
 * batch walk's extensions) is derived.
 */
public enum DocumentFormat {
  PDF("pdf", List.of("PDF"), List.of("pdf")),
  DOCX("docx", List.of("DOCX"), List.of("docx")),
  DOC("doc", List.of("DOC"), List.of("doc")),
  TEXT("text", List.of("TXT", "Markdown"), List.of("txt", "text", "md", "markdown")),
  /** Anything else: images, archives, RTF, HTML, executables. */
  UNKNOWN("unknown", List.of(), List.of());

  private final String id;
  private final List<String> names;
  private final List<String> extensions;

  DocumentFormat(String id, List<String> names, List<String> extensions) {
    this.id = id;
    this.names = names;
    this.extensions = extensions;
  }

  /** The lower-case name used in reports, e.g. {@code "pdf"}. */
  public String id() {
    return id;
  }

  /** How people name the format, e.g. {@code TXT} and {@code Markdown} for text. */
  public List<String> names() {
    return names;
  }

  /** The lower-case file extensions of the format, without the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /** The formats keyfit reads (every value but {@link #UNKNOWN}), in order. */
  public static List<DocumentFormat> readable() {
    return Arrays.stream(values()).filter(f -> f != UNKNOWN).toList();
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
