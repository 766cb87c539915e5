package dev.keyfit.bench;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Generates a varied resume folder for benchmarks. */
final class BenchCorpus {

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
          "Improved forecasting accuracy with SQL, Tableau and Python analyses",
          "Responsible for vendor management, procurement and contract negotiation",
          "Mentored 5 project coordinators; introduced Kanban and WIP limits",
          "Delivered a data platform on Azure with Databricks and Kafka streaming");

  private BenchCorpus() {}

  /**
   * Writes {@code texts} text, {@code pdfs} PDF and {@code docx} DOCX resumes, plus copies of the
   * shared corpus PDFs (real LaTeX resumes, two of them two-column) and the repository's samples.
   */
  static Path generate(Path dir, int texts, int pdfs, int docx) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(2026);
    for (int i = 0; i < texts + pdfs + docx; i++) {
      String text = resume(random, i);
      if (i < texts) {
        Files.writeString(dir.resolve(String.format("cv-%05d.txt", i)), text);
      } else if (i < texts + pdfs) {
        Files.write(
            dir.resolve(String.format("cv-%05d.pdf", i)), HostileFiles.pdf(text, null, null));
      } else {
        Files.write(dir.resolve(String.format("cv-%05d.docx", i)), HostileFiles.docx(text));
      }
    }
    for (String sample :
        List.of("tpm-resume.pdf", "pm-resume.docx", "pm-resume.doc", "nurse-resume.docx")) {
      Path p = Path.of("samples", sample);
      if (Files.isRegularFile(p)) {
        Files.copy(
            p, dir.resolve("sample-" + sample), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path shared = Path.of("/work/shared/corpus/resumes-pdf");
    if (Files.isDirectory(shared)) {
      try (Stream<Path> s = Files.list(shared)) {
        for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
          Files.copy(
              p,
              dir.resolve("corpus-" + p.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dir;
  }

  static String resume(Random random, int i) {
    StringBuilder b = new StringBuilder("Candidate " + i + "\n");
    b.append(random.nextBoolean() ? "Technical Program Manager\n" : "Senior Project Manager\n");
    b.append("SUMMARY\nDelivery leader with ")
        .append(3 + random.nextInt(15))
        .append(" years in software projects.\n");
    b.append("EXPERIENCE\n");
    for (int job = 0; job < 3; job++) {
      b.append("Company ")
          .append(random.nextInt(1000))
          .append(", 20")
          .append(10 + job)
          .append(" - 20")
          .append(12 + job)
          .append('\n');
      for (int k = 0; k < 5 + random.nextInt(4); k++) {
        b.append("- ").append(LINES.get(random.nextInt(LINES.size()))).append('\n');
      }
    }
    b.append(
        "SKILLS\nJira, Confluence, AWS, SQL, Scrum, Kanban, risk management, stakeholder management\n");
    b.append("EDUCATION\nBSc Computer Science\n");
    return b.toString();
  }
}
