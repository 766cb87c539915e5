package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code keyfit serve}'s command line: registered, documented, bad options exit 2 unstarted. */
class ServeCommandTest {

  @Test
  void serveIsACommandWithItsSecurityModelInItsHelp() {
    CliRunner top = CliRunner.run("--help");
    assertTrue(top.out().contains("serve"), top.out());
    CliRunner help = CliRunner.run("serve", "--help");
    assertEquals(0, help.exitCode());
    String text = help.out().replaceAll("\\s+", " ");
    assertTrue(text.contains("127.0.0.1 only"), text);
    for (String option :
        new String[] {
          "--port",
          "--no-browser",
          "--timeout",
          "--max-file-size",
          "--max-files",
          "--max-upload",
          "--keywords"
        }) {
      assertTrue(text.contains(option), option);
    }
  }

  @Test
  void badOptionsExitWithUsageBeforeAnythingListens() {
    assertEquals(2, CliRunner.run("serve", "--port", "70000", "--no-browser").exitCode());
    CliRunner isolate = CliRunner.run("serve", "--isolate", "--no-browser");
    assertEquals(2, isolate.exitCode());
    assertTrue(isolate.err().contains("keyfit batch --isolate"), isolate.err());
    assertEquals(2, CliRunner.run("serve", "--max-files", "0", "--no-browser").exitCode());
    assertEquals(2, CliRunner.run("serve", "--timeout", "-1", "--no-browser").exitCode());
  }
}
