package dev.keyfit.spark;

import dev.keyfit.keywords.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line: {@code --input DIR --output DIR [--jd FILE] [--format parquet|csv|json]
 * [--reports] [--keywords DIR] [--role pm|tpm|auto] [--timeout SECONDS] [--max-file-size BYTES]
 * [--single-file]}.
 */
record JobArgs(
    String input,
    String output,
    String posting,
    String format,
    boolean singleFile,
    JobSettings settings) {

  static final String USAGE =
      "usage: spark-submit --class dev.keyfit.spark.KeyfitJob keyfit-spark.jar --input DIR"
          + " --output DIR [--jd FILE] [--format parquet|csv|json] [--reports] [--keywords DIR]"
          + " [--role pm|tpm|auto] [--timeout SECONDS] [--max-file-size BYTES] [--single-file]";

  /** Thrown for a bad command line; the message is one line. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static JobArgs parse(List<String> args) {
    String input = null;
    String output = null;
    String posting = null;
    String format = "parquet";
    boolean single = false;
    JobSettings settings = JobSettings.DEFAULTS;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--input" -> input = value(args, ++i, a);
        case "--output" -> output = value(args, ++i, a);
        case "--jd" -> posting = value(args, ++i, a);
        case "--format" -> format = format(value(args, ++i, a));
        case "--reports" -> settings = settings.withReports(true);
        case "--single-file" -> single = true;
        case "--keywords" -> settings = settings.withKeywords(value(args, ++i, a));
        case "--role" -> settings = settings.withRole(role(value(args, ++i, a)));
        case "--timeout" ->
            settings = settings.withTimeout(Duration.ofMillis(positive(args, ++i, a, 1000)));
        case "--max-file-size" -> settings = settings.withMaxFileBytes(positive(args, ++i, a, 1));
        default -> throw new UsageException("unknown option " + a);
      }
    }
    if (input == null || output == null) {
      throw new UsageException("--input and --output are required");
    }
    return new JobArgs(input, output, posting, format, single, settings);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static String format(String f) {
    String lower = f.toLowerCase(Locale.ROOT);
    if (!List.of("parquet", "csv", "json").contains(lower)) {
      throw new UsageException("--format must be parquet, csv or json, not " + f);
    }
    return lower;
  }

  private static Role role(String r) {
    return switch (r.toLowerCase(Locale.ROOT)) {
      case "pm" -> Role.PM;
      case "tpm" -> Role.TPM;
      case "auto" -> null;
      default -> throw new UsageException("--role must be pm, tpm or auto, not " + r);
    };
  }

  private static long positive(List<String> args, int i, String option, long unit) {
    String v = value(args, i, option);
    try {
      double d = Double.parseDouble(v);
      if (d > 0 && d * unit <= Long.MAX_VALUE) {
        return Math.max(1, Math.round(d * unit));
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new UsageException(option + " must be a positive number, not " + v);
  }
}
