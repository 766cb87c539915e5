package dev.keyfit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Debian packages that some tests need (Chromium, poppler's pdftotext, the wamerican word list):
 * found where they are installed, else installed once with one bounded {@code apt-get} attempt when
 * the tests run as root on a machine with apt (as CI does), else absent, so that the test skips
 * with a message.
 */
public final class DebianPackages {

  private static final long BUDGET_MINUTES = 5;
  private static final Set<String> TRIED = new HashSet<>();

  private DebianPackages() {}

  /**
   * The first of {@code files} that exists, installing {@code pkg} first when none does.
   *
   * @param pkg the Debian package that provides the files
   * @param files where the package puts what the test needs, in order of preference
   */
  public static synchronized Optional<Path> find(String pkg, String... files) {
    Optional<Path> found = first(files);
    if (found.isEmpty() && TRIED.add(pkg)) {
      install(pkg);
      found = first(files);
    }
    return found;
  }

  private static Optional<Path> first(String... files) {
    for (String f : files) {
      if (Files.exists(Path.of(f))) {
        return Optional.of(Path.of(f));
      }
    }
    return Optional.empty();
  }

  /** Fetches the package lists (a fresh machine has none), then installs, in 5 minutes overall. */
  private static void install(String pkg) {
    if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))
        || !"root".equals(System.getProperty("user.name"))) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(BUDGET_MINUTES);
    try {
      apt(deadline, "update");
      apt(deadline, "install", "-y", "--no-install-recommends", pkg);
    } catch (IOException e) {
      // no apt after all: the caller skips
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void apt(long deadline, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/usr/bin/apt-get"));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process p = pb.start();
    if (!p.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      p.destroyForcibly();
    }
  }
}
