package dev.keyfit.server;

import dev.keyfit.batch.FileGuard;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.posting.JobPosting;
import java.util.Map;

/**
 * The postings of a session as analyzed, shared by its scans and batches: a posting is read once
 * per content (its name and the SHA-256 of its bytes), the last {@value #KEPT} by use, and reused
 * by every later scan or batch against it (the page's usual loops: edit the resume and drop it
 * again, or rank another folder against the same posting). Reading is deterministic and the
 * server's limits do not change while it runs, so a reused posting is the one a fresh read gives.
 */
final class Postings {

  /** How many analyzed postings are kept. */
  static final int KEPT = 8;

  /** Reads a posting (the caller decides under what time limit). */
  @FunctionalInterface
  interface Reader {
    JobPosting read() throws ExtractionException;
  }

  private final Map<String, JobPosting> read = Newest.map(KEPT, true);

  /** The posting as analyzed: {@code reader}'s the first time its name and bytes are seen. */
  JobPosting get(DocumentSource posting, Reader reader) throws ExtractionException {
    byte[] bytes = posting.bytes().orElse(null);
    if (bytes == null) {
      return reader.read();
    }
    String key = posting.name() + "\0" + FileGuard.sha256(bytes);
    JobPosting known = read.get(key);
    if (known != null) {
      return known;
    }
    JobPosting fresh = reader.read();
    read.put(key, fresh);
    return fresh;
  }
}
