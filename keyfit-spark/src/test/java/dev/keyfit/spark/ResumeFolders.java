package dev.keyfit.spark;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Test and benchmark folders: the repository's samples, generated resumes (text, PDF, DOCX of
 * varied PM/TPM wording), the test kit's hostile files, and files the resume-file rule must skip.
 */
final class ResumeFolders {

  private static final List<String> LINES =
      List.of(
          "Led agile delivery of a cloud migration with Jira and Confluence, cutting release time by 30%",
          "Managed stakeholders across 6 teams, risk management and a budget of USD 2M",
          "Ran Scrum ceremonies, sprint planning and retrospectives for 3 squads",
          "Owned the product roadmap and OKRs; shipped 12 releases on schedule",
          "Coordinated SAFe PI planning for a release train of 80 engineers",
          "Built CI/CD pipelines with Jenkins and GitHub Actions on AWS and Kubernetes",
          "Tracked earned value, critical path and change requests in Microsoft Project",
          "Wrote the business case and statement of work for a vendor selection",
          "Reduced incident MTTR by 40% with Datadog dashboards and on-call runbooks",
          "Facilitated workshops with executives; presented status reports weekly",
          "Migrated a monolith to microservices with Docker, Terraform and PostgreSQL",
          "Mentored 5 project coordinators; introduced Kanban and WIP limits",
          "Delivered a data platform on Azure with Databricks and Kafka streaming");

  private ResumeFolders() {}

  /** {@code n} generated resumes: a third each text, PDF and DOCX, deterministic. */
  static void generate(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(2026);
    for (int i = 0; i < n; i++) {
      String text = resume(random, i);
      switch (i % 3) {
        case 0 -> Files.writeString(dir.resolve(String.format("cv-%05d.txt", i)), text);
        case 1 ->
            Files.write(
                dir.resolve(String.format("cv-%05d.pdf", i)), HostileFiles.pdf(text, null, null));
        default ->
            Files.write(dir.resolve(String.format("cv-%05d.docx", i)), HostileFiles.docx(text));
      }
    }
  }

  private static String resume(Random random, int i) {
    StringBuilder b = new StringBuilder("Candidate " + i + "\n");
    b.append(random.nextBoolean() ? "Technical Program Manager\n" : "Senior Project Manager\n");
    b.append("SUMMARY\nDelivery leader with ")
        .append(3 + random.nextInt(15))
        .append(" years in software projects.\nEXPERIENCE\n");
    b.append("Project Manager, Acme Corp, ").append(2010 + random.nextInt(8)).append(" - 2024\n");
    for (int k = 0, lines = 3 + random.nextInt(6); k < lines; k++) {
      b.append("- ").append(LINES.get(random.nextInt(LINES.size()))).append('\n');
    }
    b.append("SKILLS\nJira, Confluence, Agile, Scrum, Python, SQL\n");
    return b.toString();
  }

  /**
   * A mixed folder: the samples (resumes and postings), 12 generated resumes in a subfolder, the
   * hostile files, a duplicate, a renamed PDF without extension, and files the rule skips.
   */
  static Path mixed(Path dir) throws IOException {
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path p : samples.filter(Files::isRegularFile).sorted().toList()) {
        Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    generate(dir.resolve("generated"), 12);
    Path hostile = Files.createDirectories(dir.resolve("hostile"));
    HostileFiles.writeAll(hostile);
    Files.copy(dir.resolve("generated/cv-00001.pdf"), dir.resolve("copy of cv-00001.pdf"));
    Files.copy(dir.resolve("generated/cv-00004.pdf"), dir.resolve("renamed-pdf"));
    Files.copy(dir.resolve("generated/cv-00000.txt"), dir.resolve("Résumé Zoë.txt"));
    Files.writeString(dir.resolve("photo.jpg"), "not a resume");
    Files.writeString(dir.resolve("~$lock.docx"), "lock");
    Files.writeString(dir.resolve(".hidden.txt"), "Project Manager");
    Files.createDirectories(dir.resolve(".git")).resolve("cv.txt").toFile().createNewFile();
    return dir;
  }
}
