package dev.keyfit.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This process's CPU time by thread group, read from Linux's {@code /proc/self/task/N/schedstat}
 * (nanoseconds on a core) and {@code comm} (the thread's name, cut to 15 characters), so that a
 * benchmark can tell the analysis from the JIT compiler, the garbage collector, Jetty and its own
 * client. A thread that ended between two snapshots takes its time with it: {@link #between} puts
 * that rest of the process's CPU under "ended threads" (the scans' and batch lanes' worker threads
 * end with their request). Empty where there is no {@code /proc}.
 */
final class ThreadCpu {

  private ThreadCpu() {}

  /** The groups, in the order they are printed. */
  static final String[] GROUPS = {
    "analysis", "ended threads", "JIT", "GC", "Jetty", "client and other"
  };

  /** CPU nanoseconds by thread id, with each thread's group. */
  record Snapshot(Map<String, Long> nanos, Map<String, String> groups, long process) {}

  static Snapshot take(long processNanos) {
    Map<String, Long> nanos = new HashMap<>();
    Map<String, String> groups = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (Files.isDirectory(tasks)) {
      try (DirectoryStream<Path> list = Files.newDirectoryStream(tasks)) {
        for (Path t : list) {
          try {
            String sched = Files.readString(t.resolve("schedstat")).strip();
            String name = Files.readString(t.resolve("comm")).strip();
            nanos.put(t.getFileName().toString(), Long.parseLong(sched.split(" ")[0]));
            groups.put(t.getFileName().toString(), group(name));
          } catch (IOException | RuntimeException e) {
            // the thread ended while being read: its time is in the "ended threads" rest
          }
        }
      } catch (IOException e) {
        return new Snapshot(Map.of(), Map.of(), processNanos);
      }
    }
    return new Snapshot(nanos, groups, processNanos);
  }

  /** The CPU (ms) each group spent between two snapshots, divided by {@code per}. */
  static Map<String, Double> between(Snapshot before, Snapshot after, int per) {
    Map<String, Double> ms = new LinkedHashMap<>();
    for (String g : GROUPS) {
      ms.put(g, 0.0);
    }
    long live = 0;
    for (Map.Entry<String, Long> e : after.nanos().entrySet()) {
      long d = e.getValue() - before.nanos().getOrDefault(e.getKey(), 0L);
      live += d;
      ms.merge(after.groups().get(e.getKey()), d / 1e6 / per, Double::sum);
    }
    ms.merge("ended threads", (after.process() - before.process() - live) / 1e6 / per, Double::sum);
    return ms;
  }

  private static String group(String name) {
    if (name.startsWith("keyfit-scan") || name.startsWith("keyfit-lane")) {
      return "analysis";
    }
    if (name.startsWith("keyfit-worker") || name.startsWith("keyfit-serve")) {
      return "analysis";
    }
    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
      return "JIT";
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
      return "GC";
    }
    if (name.startsWith("JettyServer") || name.startsWith("qtp")) {
      return "Jetty";
    }
    return "client and other";
  }
}
