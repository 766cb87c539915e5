package dev.keyfit.cli;

import dev.keyfit.render.Renderers;
import dev.keyfit.render.ranking.RankingWriter;
import dev.keyfit.report.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output format lists the options show in their help, completion candidates and errors, all
 * derived from {@link ReportFormat} and {@link RankingWriter.Format}: a format added to an enum
 * appears everywhere, none is typed out by hand. Option descriptions name them through picocli's
 * {@code ${COMPLETION-CANDIDATES}}, so the help and the shell completion say the same.
 */
final class FormatLists {
  private FormatLists() {}

  /** The formats a single-resume report can have: those with a renderer on the class path. */
  static List<ReportFormat> reportFormats() {
    return Arrays.stream(ReportFormat.values())
        .filter(f -> Renderers.forFormat(f).isPresent())
        .toList();
  }

  /** The formats a batch ranking can have, as report formats (for {@code --format}). */
  static List<ReportFormat> rankingFormats() {
    return Arrays.stream(RankingWriter.Format.values())
        .map(f -> ReportFormat.valueOf(f.name()))
        .toList();
  }

  /** A format's name in lower case, as users type it: {@code markdown}. */
  static String name(ReportFormat format) {
    return format.name().toLowerCase(Locale.ROOT);
  }

  /** The names as prose: {@code csv, json, markdown or html}. */
  static String names(List<ReportFormat> formats) {
    return prose(formats.stream().map(FormatLists::name).toList());
  }

  /** The usual extensions as prose, each with its dot: {@code .csv, .json, .md or .html}. */
  static String extensions(List<ReportFormat> formats) {
    return prose(formats.stream().map(f -> "." + f.extension()).toList());
  }

  private static String prose(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + items.get(items.size() - 1);
  }

  /** Completion candidates (and {@code ${COMPLETION-CANDIDATES}}) for a report format. */
  static final class ReportCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return reportFormats().stream().map(FormatLists::name).iterator();
    }
  }

  /** Completion candidates (and {@code ${COMPLETION-CANDIDATES}}) for a ranking format. */
  static final class RankingCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return rankingFormats().stream().map(FormatLists::name).iterator();
    }
  }
}
