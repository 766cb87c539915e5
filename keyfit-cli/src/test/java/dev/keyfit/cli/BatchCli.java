package dev.keyfit.cli;

import dev.keyfit.Keyfit;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** Runs {@code keyfit batch} in-process with an injected {@link Keyfit} and Ctrl-C hooks. */
final class BatchCli {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final Keyfit keyfit;
  private final Interrupts.Hooks hooks;

  BatchCli() {
    this(TestKeyfit.standard(), Interrupts.RUNTIME);
  }

  BatchCli(Keyfit keyfit, Interrupts.Hooks hooks) {
    this.keyfit = keyfit;
    this.hooks = hooks;
  }

  int run(String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == BatchCommand.class) {
              BatchCommand command = new BatchCommand(keyfit);
              command.hooks = hooks;
              return cls.cast(command);
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory)
        .execute(args);
  }

  /** The rows of a CSV ranking, file → record, in ranking order. */
  static Map<String, CSVRecord> rows(Path csv) throws IOException {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(Files.readString(csv)))) {
      Map<String, CSVRecord> rows = new LinkedHashMap<>();
      for (CSVRecord r : parser.getRecords()) {
        rows.put(r.get("file"), r);
      }
      return rows;
    }
  }

  /** file → status of a CSV ranking, in ranking order. */
  static Map<String, String> statuses(Path csv) throws IOException {
    Map<String, String> statuses = new LinkedHashMap<>();
    rows(csv).forEach((file, r) -> statuses.put(file, r.get("status")));
    return statuses;
  }
}
