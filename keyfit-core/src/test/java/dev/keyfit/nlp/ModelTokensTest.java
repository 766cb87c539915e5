package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The chunk cache must give exactly OpenNLP's own spans, the first time and every time after. */
class ModelTokensTest {

  private static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>(PipelineOutputPinTest.sample().lines().toList());
    lines.addAll(
        List.of(
            "e.g. Inc. U.S. Ph.D. vs. etc. (AWS), [EKS]; \"quoted\" it's PMO's 40%+ $2.5M 2019–2021",
            "Node.js, C#, C++, .NET, R&D, A/B, CI/CD, k8s, e-mail, jane.doe@example.com, https://x.io/a?b=c",
            "  spaced\u00a0out\ttabs   and\u2003em space … ellipsis — dash “curly” ‘quotes’ •bullet ",
            "x",
            "",
            "    ",
            "Mr. Smith's team's Q3/Q4 roadmap: 12 releases (on-time)."));
    Path labelled = Path.of("keyfit-core/src/test/resources/labelled");
    if (Files.isDirectory(labelled)) {
      try (Stream<Path> files = Files.walk(labelled)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          lines.addAll(Files.readString(f).lines().toList());
        }
      }
    }
    return lines;
  }

  @Test
  void spansAreExactlyTokenizerMEsColdAndCached() throws IOException {
    NlpModels models = NlpModels.shared();
    TokenizerME reference = new TokenizerME(models.tokens);
    ModelTokens cached =
        new ModelTokens(new TokenizerME(models.tokens), new ConcurrentHashMap<>(), 1_000_000);
    ModelTokens full =
        new ModelTokens(new TokenizerME(models.tokens), new ConcurrentHashMap<>(), 0);
    for (int round = 0; round < 2; round++) {
      for (String line : lines()) {
        assertArrayEquals(reference.tokenizePos(line), cached.tokenizePos(line), line);
        assertArrayEquals(reference.tokenizePos(line), full.tokenizePos(line), line);
      }
    }
  }
}
