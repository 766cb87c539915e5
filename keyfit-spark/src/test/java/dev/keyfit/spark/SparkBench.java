package dev.keyfit.spark;

import java.nio.file.Path;

/**
 * The benchmark's resume folder (a plain main, never a test; {@code bench/spark-bench.sh} runs it):
 * {@code generate DIR N} writes N generated resumes, a third each text, PDF and DOCX.
 */
public final class SparkBench {

  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !args[0].equals("generate")) {
      throw new IllegalArgumentException("usage: generate DIR N");
    }
    ResumeFolders.generate(Path.of(args[1]), Integer.parseInt(args[2]));
  }
}
