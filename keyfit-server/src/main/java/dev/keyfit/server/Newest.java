package dev.keyfit.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded in-memory maps: the server keeps the newest few of each thing, never all of them. */
final class Newest {

  private Newest() {}

  /**
   * A thread-safe map that keeps its newest {@code limit} entries: by insertion, or by last use
   * when {@code byUse}.
   */
  static <V> Map<String, V> map(int limit, boolean byUse) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, byUse) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > limit;
          }
        });
  }
}
