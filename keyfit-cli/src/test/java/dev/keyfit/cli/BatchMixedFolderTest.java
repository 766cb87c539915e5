package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic folder: the sample resumes, the shared corpus of third-party resumes (copied into a
 * temporary folder at test time when {@code ../shared/corpus} exists; never committed) and hostile
 * files, all through the real extractors.
 */
class BatchMixedFolderTest {

  @TempDir static Path dir;
  static Path in;
  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  @BeforeAll
  static void mixedFolder() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    Path samples = Files.createDirectories(in.resolve("samples"));
    for (String name :
        List.of(
            "tpm-resume.pdf",
            "pm-resume.docx",
            "pm-resume.doc",
            "thin-tpm-resume.txt",
            "nurse-resume.docx")) {
      Files.copy(Path.of("samples", name), samples.resolve(name));
      EXPECTED.put("samples/" + name, "OK");
    }
    for (Path pdf : corpusPdfs()) {
      Path copies = Files.createDirectories(in.resolve("corpus"));
      Files.copy(pdf, copies.resolve(pdf.getFileName()));
      EXPECTED.put("corpus/" + pdf.getFileName(), "OK");
    }
    Path hostile = Files.createDirectories(in.resolve("hostile"));
    HostileFiles.writeAll(hostile);
    BatchCommandTest.HOSTILE_STATUS.forEach(
        (name, status) -> EXPECTED.put("hostile/" + name, status));
  }

  /** The corpus resumes, or none when the corpus is absent. */
  static List<Path> corpusPdfs() throws IOException {
    for (Path corpus :
        List.of(Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus"))) {
      Path pdfs = corpus.resolve("resumes-pdf");
      if (Files.isDirectory(pdfs)) {
        try (Stream<Path> files = Files.list(pdfs)) {
          return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
      }
    }
    return List.of();
  }

  @Test
  void everyFileGetsOneRowWithItsStatusAndStrongResumesRankFirst() throws IOException {
    BatchCli cli = new BatchCli();
    Path csv = dir.resolve("ranking.csv");

    int code = cli.run("batch", in.toString(), "-o", csv.toString(), "--jobs", "2");

    assertEquals(ExitCodes.INPUT, code, cli.err.toString());
    Map<String, CSVRecord> rows = BatchCli.rows(csv);
    Map<String, String> status = new LinkedHashMap<>();
    rows.forEach((file, r) -> status.put(file, r.get("status")));
    assertEquals(new java.util.TreeMap<>(EXPECTED), new java.util.TreeMap<>(status));
    List<String> ranked =
        new ArrayList<>(rows.keySet())
            .subList(0, (int) EXPECTED.values().stream().filter("OK"::equals).count());
    assertEquals("samples/tpm-resume.pdf", ranked.get(0), ranked.toString());
    assertEquals("tpm", rows.get("samples/tpm-resume.pdf").get("best_fit"));
    for (String pm : List.of("samples/pm-resume.docx", "samples/pm-resume.doc")) {
      assertTrue(ranked.indexOf(pm) <= 2, pm + " in the top three: " + ranked);
      assertEquals("pm", rows.get(pm).get("best_fit"));
    }
    String nurse = "samples/nurse-resume.docx";
    assertEquals("none", rows.get(nurse).get("best_fit"));
    assertTrue(
        ranked.indexOf(nurse) >= ranked.size() - 3, "the nurse ranks at the bottom: " + ranked);
    // stderr: the failing files, one line each, then the summary and the file written; nothing else
    List<String> lines = cli.err.toString().lines().toList();
    long failing = EXPECTED.values().stream().filter(s -> !s.equals("OK")).count();
    assertEquals(failing + 2, lines.size(), cli.err.toString());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("keyfit: ")), cli.err.toString());
    assertEquals("", cli.out.toString());
  }

  @Test
  void oneAndTwoJobsWriteByteIdenticalRankingsInEveryFormat() throws IOException {
    for (String format : List.of("csv", "json", "md", "html")) {
      Path one = dir.resolve("one." + format);
      Path two = dir.resolve("two." + format);
      new BatchCli().run("batch", in.toString(), "--jobs", "1", "-o", one.toString(), "-q");
      new BatchCli().run("batch", in.toString(), "--jobs", "2", "-o", two.toString(), "-q");
      assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), format);
    }
  }
}
