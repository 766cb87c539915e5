package dev.keyfit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real {@code keyfit} process for {@link TunedRelaunchProcessTest}: relaunches as {@link
 * Main#main} does, and in the relaunched JVM (where {@link TunedRelaunch#run} runs nothing) writes
 * that JVM's pid into the file its second argument names ({@code scan MARKER}), then hangs, as a
 * scan that never ends would, until a signal stops it.
 */
public final class RelaunchHangMain {

  private RelaunchHangMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    java.util.OptionalInt relaunched = TunedRelaunch.run(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    Files.writeString(Path.of(args[1]), Long.toString(ProcessHandle.current().pid()));
    Thread.sleep(Long.MAX_VALUE);
  }
}
