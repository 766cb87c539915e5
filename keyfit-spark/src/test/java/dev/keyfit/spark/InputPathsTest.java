package dev.keyfit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputPathsTest {

  @Test
  void aGlobsRootIsThePartBeforeItsFirstWildcard() {
    assertEquals("s3a://bucket/in", InputPaths.root("s3a://bucket/in/2026-*/"));
    assertEquals("/data/in", InputPaths.root("/data/in/"));
    assertEquals("hdfs://nn:8020/in", InputPaths.root("hdfs://nn:8020/in/{a,b}/*.pdf"));
  }

  @Test
  void pathsAreRelativeToTheRootAndDecodedAsTheBatchPrintsThem() {
    assertEquals("a/My CV.pdf", InputPaths.relative("/data/in", "file:/data/in/a/My CV.pdf"));
    assertEquals("Résumé.txt", InputPaths.relative("/data/in/", "hdfs://nn/data/in/Résumé.txt"));
    assertEquals("/elsewhere/cv.pdf", InputPaths.relative("/data/in", "file:/elsewhere/cv.pdf"));
  }
}
