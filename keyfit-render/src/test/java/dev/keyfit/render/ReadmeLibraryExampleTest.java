package dev.keyfit.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it as a library" example is real code: this test takes it from the README,
 * compiles it against this module's class path (the core and the renderers, no CLI), runs it on the
 * bundled sample (read as bytes) and checks the HTML gap report it writes.
 */
class ReadmeLibraryExampleTest {

  private static final String START = "<!-- library-example:start -->\n```java\n";
  private static final String END = "```\n<!-- library-example:end -->";

  @TempDir Path dir;

  @Test
  void theReadmeExampleCompilesAndWritesAnHtmlReportWithoutTheCli() throws Exception {
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("dev.keyfit.cli.Main"),
        "the example runs with no CLI class on its class path");
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README has the library example markers");
    String example = readme.substring(start + START.length(), end);
    assertTrue(
        example.contains("Files.readAllBytes") && example.contains("DocumentSource.of("),
        "the example reads the resume as bytes");
    Path source = dir.resolve("ScanToHtml.java");
    Files.writeString(source, example, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of("-classpath", classPath, "-d", dir.toString(), "--release", "17"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source.toFile()))
            .call();
    assertTrue(compiled, () -> "the README example does not compile:\n" + diagnostics);

    Path html = dir.resolve("gap.html");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      loader
          .loadClass("ScanToHtml")
          .getMethod("main", String[].class)
          .invoke(
              null,
              (Object)
                  new String[] {
                    "samples/tpm-resume.pdf", "samples/tpm-posting.txt", html.toString()
                  });
    }
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(
        page.startsWith("<!DOCTYPE html>") || page.startsWith("<html"), page.substring(0, 80));
    assertTrue(page.contains("Technical Project Manager"));
    assertTrue(page.contains("tpm-posting.txt"), "the posting was matched");
    assertTrue(page.contains("tpm-resume.pdf"), "the report names the resume given as bytes");
  }
}
