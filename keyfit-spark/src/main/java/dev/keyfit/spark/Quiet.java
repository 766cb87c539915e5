package dev.keyfit.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * No library log noise beyond Spark's own: the parsers and NLP log through Spark's log4j2 (their
 * logging APIs are Spark's, not shaded), and their loggers are set to ERROR in every JVM of the
 * job, the driver and each executor, before the first file is read.
 */
final class Quiet {

  private static volatile boolean done;

  private Quiet() {}

  static void libraries() {
    if (done) {
      return;
    }
    for (String logger :
        new String[] {
          "org.apache.pdfbox",
          "org.apache.fontbox",
          "org.apache.poi",
          "org.apache.xmlbeans",
          "opennlp"
        }) {
      try {
        Configurator.setLevel(logger, Level.ERROR);
      } catch (LinkageError e) {
        return; // not log4j2 underneath (an embedding application's choice): leave it to them
      }
    }
    done = true;
  }
}
